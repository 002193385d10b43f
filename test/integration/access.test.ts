import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { companyData, tomVersionData } from '../helpers/createData'
import type { TomSections } from '../helpers/tomSections'

/**
 * Public read access only to published data; drafts, versions in review, draft subprocessors
 * and users are never readable anonymously — over the Local API with overrideAccess: false,
 * over REST and over GraphQL (the real route handlers of the admin app).
 */
let t: TestPayload
let rest: (path: string, init?: RequestInit) => Promise<Response>
let graphql: (
  query: string,
  token?: string,
) => Promise<{
  data?: Record<string, { docs: Array<Record<string, unknown>> } | null>
  errors?: unknown[]
}>
const ids: Record<string, string | number> = {}

beforeAll(async () => {
  t = await startTestPayload()
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const get = routes.REST_GET(config)
  const post = routes.GRAPHQL_POST(config)
  rest = (path, init) =>
    get(new Request(`http://localhost/api/${path}`, init), {
      params: Promise.resolve({ slug: path.split('?')[0]!.split('/') }),
    })
  graphql = async (query, token) => {
    const response = await post(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body: JSON.stringify({ query }),
      }),
    )
    return response.json()
  }

  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
  const sections: TomSections = [
    { heading: 'Vertraulichkeit', category: 'confidentiality', controls: [] },
  ]
  for (const [status, date] of [
    ['published', '2026-03-01'],
    ['superseded', '2025-03-01'],
    ['draft', '2026-09-01'],
    ['in-review', '2026-08-01'],
  ] as const) {
    ids[status] = (
      await t.payload.create({
        collection: 'tom-versions',
        data: tomVersionData({
          company: company.id,
          title: `TOM ${status}`,
          effectiveDate: date,
          status,
          sections,
        }),
      })
    ).id
  }
  for (const status of ['active', 'draft'] as const) {
    await t.payload.create({
      collection: 'subprocessors',
      data: {
        company: company.id,
        name: `Vendor ${status}`,
        purpose: 'Hosting',
        locations: ['DE'],
        transferSafeguard: 'eu-eea',
        status,
      },
    })
  }
  await createUser(t.payload, 'admin')
})
afterAll(async () => t?.close())

const statuses = (docs: Array<{ status?: string | null }>) => docs.map((d) => d.status).sort()

describe('anonymous access', () => {
  it('Local API with overrideAccess: false sees published and superseded versions only', async () => {
    const versions = await t.payload.find({ collection: 'tom-versions', overrideAccess: false })
    expect(statuses(versions.docs)).toEqual(['published', 'superseded'])
    await expect(
      t.payload.findByID({ collection: 'tom-versions', id: ids.draft!, overrideAccess: false }),
    ).rejects.toThrow()
    const subs = await t.payload.find({ collection: 'subprocessors', overrideAccess: false })
    expect(subs.docs.map((d) => d.name)).toEqual(['Vendor active'])
  })

  it('Local API with overrideAccess: false reads no users', async () => {
    await expect(t.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('REST lists only public versions and refuses a draft by id', async () => {
    const list = await rest('tom-versions')
    expect(list.status).toBe(200)
    expect(statuses((await list.json()).docs)).toEqual(['published', 'superseded'])
    expect((await rest(`tom-versions/${ids.draft}`)).status).toBe(404)
    expect((await rest(`tom-versions/${ids['in-review']}`)).status).toBe(404)
    expect((await rest(`tom-versions/${ids.published}`)).status).toBe(200)
  })

  it('REST refuses users and hides draft subprocessors', async () => {
    expect((await rest('users')).status).toBe(403)
    const subs = await (await rest('subprocessors')).json()
    expect(subs.docs.map((d: { name: string }) => d.name)).toEqual(['Vendor active'])
  })

  it('REST cannot be tricked by a where clause that asks for drafts', async () => {
    const response = await rest('tom-versions?where[status][equals]=draft')
    expect((await response.json()).docs).toEqual([])
  })

  it('GraphQL lists only public versions and no users', async () => {
    const versions = await graphql('{ TomVersions { docs { status } } }')
    expect(statuses(versions.data!.TomVersions!.docs)).toEqual(['published', 'superseded'])
    const users = await graphql('{ Users { docs { email } } }')
    expect(users.data?.Users ?? null).toBeNull()
    expect(users.errors?.length).toBeGreaterThan(0)
  })
})

describe('staff access', () => {
  it('an editor reads drafts through the Local API with user context', async () => {
    const editor = await createUser(t.payload, 'editor')
    const versions = await t.payload.find({
      collection: 'tom-versions',
      overrideAccess: false,
      user: editor,
    })
    expect(statuses(versions.docs)).toEqual(['draft', 'in-review', 'published', 'superseded'])
  })

  it('an editor sees colleagues by name but only their own e-mail address; an admin sees all', async () => {
    const editor = await createUser(t.payload, 'editor')
    const seen = await t.payload.find({
      collection: 'users',
      overrideAccess: false,
      user: editor,
      pagination: false,
    })
    expect(seen.docs.length).toBeGreaterThan(1)
    const emails = seen.docs.filter((u) => (u as { email?: unknown }).email).map((u) => u.id)
    expect(emails).toEqual([(editor as { id: unknown }).id])
    const admin = await createUser(t.payload, 'admin')
    const all = await t.payload.find({ collection: 'users', overrideAccess: false, user: admin })
    expect(all.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('an editor cannot make themselves admin', async () => {
    const editor = await createUser(t.payload, 'editor')
    const id = (editor as { id: string | number }).id
    const updated = await t.payload.update({
      collection: 'users',
      id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.role).toBe('editor')
  })

  it('a signed-in editor sees drafts over REST', async () => {
    const login = await t.payload.login({
      collection: 'users',
      data: {
        email: ((await createUser(t.payload, 'editor')) as { email: string }).email,
        password: 'correct horse battery',
      },
    })
    const response = await rest('tom-versions', {
      headers: { authorization: `JWT ${login.token}` },
    })
    expect(statuses((await response.json()).docs)).toEqual([
      'draft',
      'in-review',
      'published',
      'superseded',
    ])
  })
})
