/**
 * The admin's scripts and styles (`/_next/static/…`: content-hashed names, never changing within
 * a build) answered from memory, Brotli-compressed once when the server starts.
 *
 * Why: Next compresses every static file again for every request, on the one thread that also
 * renders the page. The login page asks for a dozen files at once (2.6 MB, one of 1.2 MB), so
 * their compression queued behind each other and the form appeared only after all of it.
 * Compressing runs in zlib's thread pool (not on the request thread) and only for the files a
 * page can ask for; until a file is done, and for a client without Brotli, Next answers as before.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants } from 'node:zlib'
import { cmsHeaderRules } from './cmsHeaders.mjs'

const compress = promisify(brotliCompress)
const PREFIX = '/_next/static/'
const TYPES = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
}

/** Files under `dir`, as paths relative to it with forward slashes. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
}

/**
 * `answer(req, res)` serves a compressed static file and says whether it did; `ready` settles when
 * every file is compressed (a failure leaves that file to Next).
 */
export function compressedStaticAssets({ nextDir, publicUrl = '' }) {
  const securityHeaders = cmsHeaderRules({ publicUrl })[0].headers
  /** URL path → the compressed body and its headers. */
  const assets = new Map()

  async function load(file) {
    const type = TYPES[path.extname(file)]
    if (!type) return
    const body = await readFile(path.join(nextDir, 'static', file))
    const br = await compress(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 10,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
    assets.set(PREFIX + file, { br, type, etag })
  }

  const ready = filesUnder(path.join(nextDir, 'static'))
    .then((files) => Promise.allSettled(files.map(load)))
    .catch(() => {}) // no build folder: Next answers (and says what is missing)

  function answer(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    if (!req.url?.startsWith(PREFIX)) return false
    const query = req.url.indexOf('?')
    const asset = assets.get(query === -1 ? req.url : req.url.slice(0, query))
    if (!asset || !/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) return false
    for (const { key, value } of securityHeaders) res.setHeader(key, value)
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    res.setHeader('Content-Type', asset.type)
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('ETag', asset.etag)
    if (req.headers['if-none-match'] === asset.etag) {
      res.statusCode = 304
      res.end()
      return true
    }
    res.setHeader('Content-Encoding', 'br')
    res.setHeader('Content-Length', asset.br.length)
    res.end(req.method === 'HEAD' ? undefined : asset.br)
    return true
  }

  return { answer, ready }
}
