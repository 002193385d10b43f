import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { REBUILD_QUEUE } from '@trust-center/payload-plugin'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * Where the CMS runs the rebuild queue by itself, the rebuild starts when its debounce ends, not
 * at the autorun's next look at the queue (cms/plugin/rebuild/runWhenDue.ts). Here that look
 * never comes (its cron is left unstarted), so only the start when due can build.
 */
let t: TestPayload
let server: Server
let calls = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume().on('end', () => (calls++, res.writeHead(200).end('ok')))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  delete process.env.TRUSTCENTER_REBUILD_DEBOUNCE_MS // the defaults, as deployed
  t = await startTestPayload({
    TRUSTCENTER_DEPLOY_HOOK_URL: `http://127.0.0.1:${port}/hook`,
    TRUSTCENTER_JOBS_AUTORUN: 'off', // no cron started…
  })
  // … but the config says the CMS runs the rebuild queue (once a year: never during the test).
  t.payload.config.jobs.autoRun = [{ cron: '0 0 0 1 1 *', queue: REBUILD_QUEUE, limit: 1 }]
})
afterAll(async () => {
  await t?.close()
  server?.close()
})

it('starts the rebuild when its debounce ends, without waiting for the queue poll', async () => {
  await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
  const started = performance.now()
  let state: unknown
  for (let i = 0; i < 300 && state !== 'succeeded'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    state = ((await t.payload.findGlobal({ slug: 'trust-center-build' })) as { state?: string })
      .state
  }
  process.stdout.write(
    `rebuild done ${Math.round(performance.now() - started)} ms after the change\n`,
  )
  expect(state).toBe('succeeded')
  expect(calls).toBe(1)
})
