import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { rebuildIdle } from '@trust-center/payload-plugin'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * The adaptive debounce through the plugin's hooks, with the reference app's defaults (0.5 s for
 * a lone change, 5 s of quiet under a burst): when the queued rebuild job is due.
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
    TRUSTCENTER_JOBS_AUTORUN: 'off',
  })
})
afterAll(async () => {
  await t?.close()
  server?.close()
})

/** Milliseconds from now until the waiting rebuild job is due. */
async function dueIn(): Promise<number> {
  const { docs } = await t.payload.find({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: 'trustCenterRebuild' },
      processing: { equals: false },
      completedAt: { exists: false },
    },
    limit: 1,
  })
  expect(docs).toHaveLength(1)
  return Date.parse(String(docs[0]!.waitUntil)) - Date.now()
}

it('builds a lone publication after half a second, a burst after 5 s of quiet', async () => {
  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
  expect(await dueIn()).toBeLessThanOrEqual(500)
  await t.payload.update({
    collection: 'companies',
    id: company.id,
    data: { name: 'Acme AG' },
  })
  expect(await dueIn()).toBeGreaterThan(4_000) // a second change while the first waits
  await rebuildIdle(t.payload)
  expect(calls).toBe(1)
  // Right after a build: still a burst.
  await t.payload.update({
    collection: 'companies',
    id: company.id,
    data: { name: 'Acme SE' },
  })
  expect(await dueIn()).toBeGreaterThan(4_000)
})
