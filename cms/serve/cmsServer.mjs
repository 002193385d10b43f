/**
 * `node cms/serve/cmsServer.mjs [--port 3000] [--hostname 127.0.0.1]`: the CMS (the Next.js app
 * in cms/, production build) behind a plain Node HTTP server, in place of `next start`.
 *
 * Why: the rate limits and the login lockout need to tell clients apart. Next passes on the
 * X-Forwarded-For a client sent (it only fills it in when missing), so that header cannot be
 * believed, and Payload's handlers never see the socket. This server writes the socket's peer
 * address into a private header on every request — overwriting whatever the client sent under
 * that name — and marks in this process that it does; http/clientAddress.ts believes the header
 * only with that mark. Plain JavaScript: it runs under `node` without a TypeScript step.
 *
 * The public form posts (subscribe and the like) are answered by the API route's own handler
 * without Next's router once Next has loaded that route (publicForms.mjs): the same Payload code,
 * a millisecond or two less per request.
 *
 * The admin's scripts and styles come from memory, compressed once (staticAssets.mjs).
 *
 * Everything else is `next start`: production mode, next.config.mjs (security headers from
 * cmsHeaders.mjs), the same request handler; SIGTERM/SIGINT stop accepting connections, let
 * running requests finish and close Next before exiting.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { directPublicForms } from './publicForms.mjs'
import { compressedStaticAssets } from './staticAssets.mjs'

/** The header and the mark; http/clientAddress.ts reads the mark (PEER_HEADER_MARK). */
const PEER_HEADER = 'x-trust-center-peer'
globalThis[Symbol.for('trust-center.peer-header')] = PEER_HEADER

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT || '3000' },
    hostname: { type: 'string', short: 'H' },
  },
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`cmsServer: --port expects a port number, got "${values.port}"\n`)
  process.exit(1)
}
const hostname = values.hostname

// As `next start`: production React and Next, whatever the caller's environment said.
process.env.NODE_ENV = 'production'
process.title = 'trust-center-cms'
const { default: next } = await import('next')

const appDir = path.resolve(import.meta.dirname, '..')
const app = next({ dir: appDir, hostname, port, dev: false })
await app.prepare()
const handle = app.getRequestHandler()
// The public form posts skip Next's router once the API route has handed over its handler.
const answerDirectly = directPublicForms({
  enabled: process.env.TRUSTCENTER_DIRECT_FORMS !== 'off',
  publicUrl: process.env.TRUSTCENTER_CMS_URL ?? '',
  onReady: () => console.log('CMS: public form posts answered without Next.js routing'),
})

// The admin's scripts and styles from memory, compressed once (staticAssets.mjs).
const staticAssets = compressedStaticAssets({
  nextDir: path.join(appDir, '.next'),
  publicUrl: process.env.TRUSTCENTER_CMS_URL ?? '',
})

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? ''
  if (staticAssets.answer(req, res)) return
  if (answerDirectly(req, res)) return
  handle(req, res).catch((error) => {
    console.error(`Failed to handle request for ${req.url}`, error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.on('error', (error) => {
  console.error('cmsServer: could not start', error)
  process.exit(1)
})
server.listen(port, hostname, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const shown = !hostname || hostname === '0.0.0.0' ? 'localhost' : hostname
  // What `next start` sets once listening: server actions forward redirects to this origin.
  process.env.PORT = String(actualPort)
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${shown.includes(':') ? `[${shown}]` : shown}:${actualPort}`
  console.log(`▲ CMS ready on ${process.env.__NEXT_PRIVATE_ORIGIN}`)
})

let stopping = false
/** Stop taking connections, let running requests finish, close Next; exit as a signal would. */
function stop(signal, code) {
  if (stopping) return
  stopping = true
  server.close(() => {
    app
      .close()
      .catch((error) => console.error(error))
      .finally(() => process.exit(code))
  })
  server.closeIdleConnections()
  // A request that never ends must not keep the process alive for ever.
  setTimeout(() => process.exit(code), 10_000).unref()
  process.stdout.write(`CMS stopping (${signal})\n`)
}
process.on('SIGTERM', () => stop('SIGTERM', 143))
process.on('SIGINT', () => stop('SIGINT', 130))
