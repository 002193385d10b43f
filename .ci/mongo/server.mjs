/**
 * Starts the CongoDB wire-protocol server (installed by install.sh) on a free loopback port and
 * writes its base URI to the file named by the first argument (or prints it). Keeps running until
 * killed. The driver needs `serverMonitoringMode=poll`: the emulator does not stream hello replies.
 * Memory storage: every database lives as long as this process.
 * Usage: node .ci/mongo/server.mjs [URI_FILE]
 */
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(import.meta.dirname, '../..')
const entry = path.join(
  root,
  '.mongo-emulator/node_modules/@push.rocks/smartmongo/dist_ts/congodb/index.js',
)
const { CongoServer } = await import(pathToFileURL(entry).href)

/** A port nobody listens on right now (listen(0), then hand it over). */
async function freePort() {
  const probe = createServer()
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  return port
}

const port = await freePort()
const server = new CongoServer({ port, host: '127.0.0.1', storage: 'memory' })
await server.start()
const uri = `mongodb://127.0.0.1:${port}/trust-center?serverMonitoringMode=poll`
if (process.argv[2]) writeFileSync(process.argv[2], uri)
process.stdout.write(`MongoDB emulator listening: ${uri}\n`)
const stop = async () => {
  await server.stop()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
