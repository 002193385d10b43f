import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rebuildIdle } from '../../cms/plugin/index'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData, tomVersionData } from '../helpers/createData'
import type { TomSections } from '../helpers/tomSections'

/** Publishing triggers the deploy hook, debounced, and the admin's build status tells the result. */
let t: TestPayload
let server: Server
let hookStatus = 200
const calls: Array<{ method: string; body: { event: string; reasons: string[] } }> = []
const sections: TomSections = [
  { heading: 'Vertraulichkeit', category: 'confidentiality', controls: [] },
]

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      calls.push({ method: req.method!, body: JSON.parse(body) })
      res.writeHead(hookStatus).end(hookStatus === 200 ? 'ok' : 'deploy failed: quota exceeded')
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  t = await startTestPayload({
    TRUSTCENTER_DEPLOY_HOOK_URL: `http://127.0.0.1:${port}/hook`,
    TRUSTCENTER_REBUILD_DEBOUNCE_MS: '300',
  })
})
afterAll(async () => {
  await t?.close()
  server?.close()
})

const status = () => t.payload.findGlobal({ slug: 'trust-center-build' })

describe('rebuild after publishing', () => {
  it('calls the deploy hook once for several changes in a row', async () => {
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme' }),
    })
    await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: company.id,
        title: 'TOM',
        effectiveDate: '2025-01-01',
        status: 'published',
        sections,
      }),
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
    expect(calls).toHaveLength(0) // debounced: nothing yet
    await rebuildIdle(t.payload)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.method).toBe('POST')
    // company created, two versions published (superseding the first is part of the second's publication)
    expect(calls[0]!.body.reasons).toHaveLength(3)
    expect(
      calls[0]!.body.reasons.filter((r: string) =>
        /^create tom-versions .* \(published\)$/.test(r),
      ),
    ).toHaveLength(2)
    const s = await status()
    expect(s).toMatchObject({ state: 'succeeded', message: 'Deploy hook answered 200.' })
    expect(new Date(String(s.finishedAt)).getTime()).toBeGreaterThan(
      new Date(String(s.startedAt)).getTime() - 1,
    )
  })

  it('does not rebuild for a draft', async () => {
    const company = (await t.payload.find({ collection: 'companies', limit: 1 })).docs[0]!
    await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: company.id,
        title: 'Draft',
        effectiveDate: '2027-01-01',
        sections,
      }),
    })
    await rebuildIdle(t.payload)
    expect(calls).toHaveLength(1)
  })

  it('records a failed deploy and says why; the save itself succeeds', async () => {
    hookStatus = 500
    const company = (await t.payload.find({ collection: 'companies', limit: 1 })).docs[0]!
    const saved = await t.payload.update({
      collection: 'companies',
      id: company.id,
      data: { description: 'Neu' },
    })
    expect(saved.description).toBe('Neu')
    await rebuildIdle(t.payload)
    expect(calls).toHaveLength(2)
    expect(await status()).toMatchObject({
      state: 'failed',
      message: expect.stringContaining('500'),
    })
  })

  it('lets staff read the build status but nobody edit it', async () => {
    await expect(
      t.payload.findGlobal({ slug: 'trust-center-build', overrideAccess: false }),
    ).rejects.toThrow()
    const admin = await t.payload.create({
      collection: 'users',
      data: { email: 'a@example.test', password: 'pw-123456789', role: 'admin' },
    })
    const user = { ...admin, collection: 'users' }
    expect(
      await t.payload.findGlobal({
        slug: 'trust-center-build',
        overrideAccess: false,
        user,
      }),
    ).toMatchObject({ state: 'failed' })
    await expect(
      t.payload.updateGlobal({
        slug: 'trust-center-build',
        data: { state: 'succeeded' },
        overrideAccess: false,
        user,
      }),
    ).rejects.toThrow()
  })
})
