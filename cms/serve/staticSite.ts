import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { parseHeadersFile } from '@trust-center/core/security/siteHeaders'
import { readEnv } from '../env'

/**
 * Pagefind writes its index, fragments, filters, metadata and WASM gzipped, and unpacks them in
 * the page's JavaScript unless they arrive unpacked. Labelled as gzip, the browser unpacks them
 * natively, off the page's thread; the bytes sent are the same. A client that does not accept
 * gzip gets them unlabelled and Pagefind unpacks them itself.
 */
const PAGEFIND_GZIPPED = /\/(?:[^/?]+\.pf_[a-z]+|wasm\.[^/?]+\.pagefind)(?:$|\?)/

function labelPagefindGzip(req: IncomingMessage, res: ServerResponse): void {
  if (!PAGEFIND_GZIPPED.test(req.url ?? '')) return
  res.setHeader('Vary', 'Accept-Encoding')
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
    res.setHeader('Content-Encoding', 'gzip')
}

/** The build's `_headers` (its CSP lists the hashes of that build's inline scripts), re-read when a rebuild replaced it. */
function headersOf(dir: string): () => Promise<Record<string, string>> {
  let cached: { mtimeMs: number; headers: Record<string, string> } | undefined
  return async () => {
    const file = path.join(dir, '_headers')
    const mtimeMs = await stat(file).then(
      (s) => s.mtimeMs,
      () => -1,
    )
    if (cached?.mtimeMs !== mtimeMs)
      cached = {
        mtimeMs,
        headers: mtimeMs < 0 ? {} : parseHeadersFile(await readFile(file, 'utf8')),
      }
    return cached.headers
  }
}

/**
 * Serves the built site from `dir`. Files are looked up on every request (sirv's dev mode), so a
 * rebuild that swaps dir/ is online at once; unknown paths get the site's own 404 page. Every
 * answer carries the build's security headers, plus HSTS when the site's public URL is HTTPS.
 */
export function createStaticSiteServer(
  dir: string,
  publicUrl = readEnv().TRUSTCENTER_SITE_URL ?? '',
): Server {
  const serve = sirv(dir, { dev: true, etag: true, extensions: ['html'] })
  const headers = headersOf(dir)
  const hsts = publicUrl.startsWith('https:')
  return createServer(async (req, res) => {
    for (const [name, value] of Object.entries(await headers().catch(() => ({}))))
      res.setHeader(name, value)
    if (hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    const notFound = async () => {
      const page = await readFile(path.join(dir, '404.html')).catch(() => null)
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(page ?? 'Not found')
    }
    if (/^\/_headers(?:$|\?)/.test(req.url ?? '')) return void notFound() // the hosts' config file, not a page
    labelPagefindGzip(req, res)
    serve(req, res, () => void notFound())
  })
}
