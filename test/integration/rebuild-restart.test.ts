import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { rebuildIdle } from '@trust-center/payload-plugin'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData, tomVersionData } from '../helpers/createData'
import type { TomSections } from '../helpers/tomSections'

/**
 * A rebuild is a job in Payload's queue, not a timer in the CMS's memory: the CMS stopped inside
 * the debounce window after publishing, a new CMS process on the same database builds the site.
 */
let t: TestPayload
let server: Server
const calls: Array<{ reasons: string[] }> = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      calls.push(JSON.parse(body))
      res.writeHead(200).end('ok')
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  t = await startTestPayload({
    TRUSTCENTER_DEPLOY_HOOK_URL: `http://127.0.0.1:${port}/hook`,
    TRUSTCENTER_REBUILD_DEBOUNCE_MS: '1500',
    TRUSTCENTER_JOBS_AUTORUN: 'off',
  })
})
afterAll(async () => {
  await t?.close()
  server?.close()
})

it('a CMS restarted inside the debounce window still rebuilds the site, once', async () => {
  const sections: TomSections = [
    { heading: 'Vertraulichkeit', category: 'confidentiality', controls: [] },
  ]
  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
  await t.payload.create({
    collection: 'tom-versions',
    data: tomVersionData({
      company: company.id,
      title: 'TOM',
      effectiveDate: '2026-01-01',
      status: 'published',
      sections,
    }),
  })
  // The first CMS stops before the debounce has passed (without dropping the test database).
  const config = t.payload.config
  await t.payload.destroy()
  await new Promise((resolve) => setTimeout(resolve, 1600))
  expect(calls).toHaveLength(0)

  const { getPayload } = await import('payload')
  const restarted: Payload = await getPayload({ config, key: randomUUID() })
  t.payload = restarted // close() drops the database through this one
  await rebuildIdle(restarted)
  expect(calls).toHaveLength(1)
  expect(calls[0]!.reasons).toEqual(
    expect.arrayContaining([
      `create companies ${company.id}`,
      expect.stringMatching(/^create tom-versions .* \(published\)$/),
    ]),
  )
  expect(await restarted.findGlobal({ slug: 'trust-center-build' })).toMatchObject({
    state: 'succeeded',
  })
  await rebuildIdle(restarted) // nothing left: the job ran once
  expect(calls).toHaveLength(1)
})
