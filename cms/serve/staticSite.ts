import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'

/**
 * Serves the built site from `dir`. Files are looked up on every request (sirv's dev mode), so a
 * rebuild that swaps dir/ is online at once; unknown paths get the site's own 404 page.
 */
export function createStaticSiteServer(dir: string): Server {
  const serve = sirv(dir, { dev: true, etag: true, extensions: ['html'] })
  return createServer((req, res) => {
    serve(req, res, async () => {
      const page = await readFile(path.join(dir, '404.html')).catch(() => null)
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(page ?? 'Not found')
    })
  })
}
