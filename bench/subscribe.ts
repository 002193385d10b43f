/**
 * `npx tsx bench/subscribe.ts [--seconds 20] [--connections 20]`: a bounded load test of the
 * public subscribe endpoint against the production CMS (its own server, cms/serve/cmsServer.mjs,
 * as `npm start` runs it; built when stale) on a fresh SQLite database. Each request comes from
 * its own client (X-Forwarded-For, believed because the peer, 127.0.0.1, is configured as a
 * trusted proxy) for its own address, so no limit short-cuts the work;
 * meanwhile the admin is asked for its login page every 200 ms. Prints requests per second,
 * latency percentiles, the admin's worst answer and the machine's `uptime`. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startAdmin } from '../test/helpers/adminServer'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '20' },
  },
})
const dataDir = mkdtempSync(path.join(tmpdir(), 'trust-center-bench-subscribe-'))
const env = {
  DATABASE_URI: `file:${path.join(dataDir, 'bench.db')}`,
  TRUSTCENTER_DATA_DIR: dataDir,
  PAYLOAD_SECRET: 'bench-secret',
  TRUSTCENTER_TRUSTED_PROXIES: '127.0.0.1',
  PAYLOAD_LOG_LEVEL: 'warn',
}
Object.assign(process.env, env)

// A migrated database with one company, made by this process; the server then opens it.
const { getPayload } = await import('payload')
const config = (await import('../cms/payload.config')).default
const payload = await getPayload({ config })
const { migrateDatabase } = await import('../cms/setup/migrate')
await migrateDatabase(payload)
await payload.create({
  collection: 'companies',
  data: { name: 'Bench', slug: 'bench' } as never,
})
await payload.destroy()

const admin = await startAdmin(env)
let adminWorst = 0
let adminFailures = 0
let adminChecks = 0
let probing = true
const probe = (async () => {
  while (probing) {
    const started = performance.now()
    const ok = await fetch(`${admin.url}/admin/login`)
      .then((r) => r.ok)
      .catch(() => false)
    adminWorst = Math.max(adminWorst, performance.now() - started)
    adminChecks++
    if (!ok) adminFailures++
    await new Promise((r) => setTimeout(r, 200))
  }
})()

let n = 0
const result = await autocannon({
  url: `${admin.url}/api/trust-center/subscribe`,
  method: 'POST',
  connections: Number(values.connections),
  duration: Number(values.seconds),
  headers: { 'content-type': 'application/json' },
  requests: [
    {
      setupRequest: (req) => {
        n++
        return {
          ...req,
          headers: {
            ...req.headers,
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
          body: JSON.stringify({ email: `load-${n}@bench.example`, company: 'bench' }),
        }
      },
    },
  ],
})
probing = false
await probe
await admin.close()
rmSync(dataDir, { recursive: true, force: true })

const statuses = Object.entries(result)
  .filter(([k]) => /^\dxx$/.test(k))
  .map(([k, v]) => `${k}: ${String(v)}`)
  .join(', ')
console.log(
  [
    `subscribe: ${result.requests.average.toFixed(0)} req/s average over ${values.seconds} s, ${values.connections} connections (${statuses}, errors ${result.errors}, timeouts ${result.timeouts})`,
    `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
    `admin /admin/login every 200 ms: ${adminChecks} checks, ${adminFailures} failed, slowest ${adminWorst.toFixed(0)} ms`,
    `uptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`,
  ].join('\n'),
)
process.exit(0)
