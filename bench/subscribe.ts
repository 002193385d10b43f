/**
 * `npx tsx bench/subscribe.ts [--seconds 20] [--connections 20]`: a bounded load test of the
 * public subscribe endpoint against the production CMS (its own server, cms/serve/cmsServer.mjs,
 * as `npm start` runs it; built when stale) on a fresh SQLite database. Each request comes from
 * its own client (X-Forwarded-For, believed because the peer, 127.0.0.1, is configured as a
 * trusted proxy) for its own address, so no limit short-cuts the work;
 * meanwhile the admin is asked for its login page every 200 ms. Prints requests per second,
 * latency percentiles, the admin's worst answer, the server's CPU time per request and the load
 * average. Not part of `npm test`.
 *
 * CPU time per request is the figure that survives a shared machine: the server's user + system
 * time during the run (/proc), less what the admin probes cost (`--probes` of them measured
 * without load), divided by the requests answered. A `--warmup` run first lets V8 compile the
 * hot path. `--autorun` lets the server work the queued subscribe jobs meanwhile (off by
 * default, as in the tests), so their cost is counted too.
 * `--direct off` sends the posts through Next's router (TRUSTCENTER_DIRECT_FORMS=off), for
 * comparison with the server's direct path (cms/serve/publicForms.mjs).
 * `--profile <folder>` has the server's Node processes write V8 CPU profiles there when they end.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startAdmin } from '../test/helpers/adminServer'
import { cpuMsOf } from './cpuTime'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    probes: { type: 'string', default: '10' },
    autorun: { type: 'boolean', default: false },
    // off: the posts go through Next's router, as before the server answered them itself
    direct: { type: 'string', default: 'on' },
    profile: { type: 'string' }, // a folder: the server writes a V8 CPU profile there on exit
  },
})
const dataDir = mkdtempSync(path.join(tmpdir(), 'trust-center-bench-subscribe-'))
const env = {
  DATABASE_URI: `file:${path.join(dataDir, 'bench.db')}`,
  TRUSTCENTER_DATA_DIR: dataDir,
  PAYLOAD_SECRET: 'bench-secret',
  TRUSTCENTER_TRUSTED_PROXIES: '127.0.0.1',
  PAYLOAD_LOG_LEVEL: 'warn',
  ...(values.autorun ? { TRUSTCENTER_JOBS_AUTORUN: 'on' } : {}),
  TRUSTCENTER_DIRECT_FORMS: values.direct === 'off' ? 'off' : 'on',
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
  data: { name: 'Bench', slug: 'bench' },
})
await payload.destroy()

// Only the server profiles: not this process, nor a `next build` it starts.
const profiling = values.profile
  ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(values.profile)}` }
  : {}
const admin = await startAdmin({ ...env, ...profiling })
// The server's processes are those started with this run's data folder in their environment.
const serverMarker = `TRUSTCENTER_DATA_DIR=${dataDir}`
if (cpuMsOf(serverMarker) === 0) throw new Error('cannot read the server process in /proc')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

let n = 0
const load = (duration: number) =>
  autocannon({
    url: `${admin.url}/api/trust-center/subscribe`,
    method: 'POST',
    connections: Number(values.connections),
    duration,
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
if (Number(values.warmup) > 0) await load(Number(values.warmup))

const askAdmin = () =>
  fetch(`${admin.url}/admin/login`)
    .then(async (r) => (await r.arrayBuffer(), r.ok))
    .catch(() => false)

// Without load: what one admin probe costs the server (its first answer, which loads the page's
// code, not counted), to be taken off the run's CPU time — under load it answers less often.
await askAdmin()
await sleep(1000)
let cpuBefore = cpuMsOf(serverMarker)
for (let i = 0; i < Number(values.probes); i++) await askAdmin()
const cpuPerProbe = (cpuMsOf(serverMarker) - cpuBefore) / Math.max(1, Number(values.probes))

// During the run: the admin's login page every 200 ms, its slowest answer and failures.
let adminWorst = 0
let adminFailures = 0
let adminChecks = 0
let probing = true
const probe = (async () => {
  while (probing) {
    const started = performance.now()
    const ok = await askAdmin()
    adminWorst = Math.max(adminWorst, performance.now() - started)
    adminChecks++
    if (!ok) adminFailures++
    await sleep(200)
  }
})()

const loadBefore = os.loadavg()
cpuBefore = cpuMsOf(serverMarker)
const started = performance.now()
const result = await load(Number(values.seconds))
const elapsedSeconds = (performance.now() - started) / 1000
const cpuMs = cpuMsOf(serverMarker) - cpuBefore
const loadAfter = os.loadavg()
probing = false
await probe
await admin.close()
// The server's last writes (the outbox, with --autorun) may still be landing: retry.
rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })

const answered = result.requests.total
const servedBy = admin.output().includes('answered without Next.js routing')
  ? 'answered by the server without Next.js routing'
  : "through Next.js's router"
const netCpuMs = cpuMs - cpuPerProbe * adminChecks
const statuses = Object.entries(result)
  .filter(([k]) => /^\dxx$/.test(k))
  .map(([k, v]) => `${k}: ${String(v)}`)
  .join(', ')
const loadavg = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ')
console.log(
  [
    `subscribe (${servedBy}): ${result.requests.average.toFixed(0)} req/s average over ${values.seconds} s, ${values.connections} connections (${statuses}, errors ${result.errors}, timeouts ${result.timeouts})`,
    `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
    `server CPU: ${cpuMs.toFixed(0)} ms in ${elapsedSeconds.toFixed(1)} s for ${answered} requests = ${(cpuMs / answered).toFixed(2)} ms/request; less ${adminChecks} admin probes at ${cpuPerProbe.toFixed(0)} ms (measured without load): ${(netCpuMs / answered).toFixed(2)} ms/request${values.autorun ? ' (jobs autorun on)' : ''}`,
    `admin /admin/login every 200 ms: ${adminChecks} checks, ${adminFailures} failed, slowest ${adminWorst.toFixed(0)} ms during the run`,
    `load average before ${loadavg(loadBefore)}, after ${loadavg(loadAfter)} (1, 5, 15 min; ${os.cpus().length} cores)`,
  ].join('\n'),
)
process.exit(0)
