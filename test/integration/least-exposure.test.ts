import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hideSuggestionsFromAnonymous } from '../../cms/serve/graphqlSuggestions'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, type Rest } from '../helpers/rest'
import { companyData } from '../helpers/createData'

/** What strangers learn from errors: no schema hints, no 500 for what does not exist. */
let t: TestPayload
let rest: Rest
let graphql: (query: string, token?: string) => Promise<{ status: number; text: string }>
let token: string

beforeAll(async () => {
  t = await startTestPayload()
  rest = await restClient()
  const config = (await import('../../cms/payload.config')).default
  const post = hideSuggestionsFromAnonymous(
    (await import('@payloadcms/next/routes')).GRAPHQL_POST(config),
    config,
  )
  graphql = async (query, auth) => {
    const response = await post(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth ? { authorization: `JWT ${auth}` } : {}),
        },
        body: JSON.stringify({ query }),
      }),
    )
    return { status: response.status, text: await response.text() }
  }
  const editor = (await createUser(t.payload, 'editor')) as { email: string }
  token = (
    await t.payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'correct horse battery' },
    })
  ).token!
})
afterAll(async () => t?.close())

describe('least exposure', () => {
  it('GraphQL names no fields or types to anonymous callers, but still to signed-in staff', async () => {
    const anonymous = await graphql('{ Companie { docs { id } } }')
    expect(anonymous.text).toContain('Cannot query field')
    expect(anonymous.text).not.toContain('Did you mean')
    const forged = await graphql('{ Companies { docs { nam } } }', 'not-a-token')
    expect(forged.text).not.toContain('Did you mean')
    const staff = await graphql('{ Companie { docs { id } } }', token)
    expect(staff.text).toContain('Did you mean')
  })

  it('lets only admins run the job queue by hand', async () => {
    const admin = (await createUser(t.payload, 'admin')) as { email: string }
    const adminToken = (
      await t.payload.login({
        collection: 'users',
        data: { email: admin.email, password: 'correct horse battery' },
      })
    ).token!
    expect([401, 403]).toContain((await rest('GET', 'payload-jobs/run', undefined, token)).status)
    expect([401, 403]).toContain((await rest('GET', 'payload-jobs/run')).status)
    expect((await rest('GET', 'payload-jobs/run', undefined, adminToken)).status).toBe(200)
  })

  it('shows the public no internal user ids in TOM versions (REST), staff still see who published', async () => {
    const { importTomVersion } = await import('../../cms/plugin/utilities/importTomVersion')
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Muster AG', slug: 'muster' }),
    })
    const legal = await createUser(t.payload, 'legal')
    const editor = await createUser(t.payload, 'editor')
    const draft = await importTomVersion({
      payload: t.payload,
      companyId: company.id,
      text: '## TOMs\n\n### 1. Vertraulichkeit\n\n#### 1.1 Zutrittskontrolle\n\n- Alarmanlage\n',
      filename: 'a.md',
      status: 'draft',
      effectiveDate: '2025-01-01',
      changeKind: 'material',
      context: { skipRebuild: true },
      user: editor,
    })
    await t.payload.update({
      collection: 'tom-versions',
      id: draft.id,
      data: { status: 'in-review' },
      user: editor,
      overrideAccess: false,
      context: { skipRebuild: true },
    })
    await t.payload.update({
      collection: 'tom-versions',
      id: draft.id,
      data: { status: 'published' },
      user: legal,
      overrideAccess: false,
      context: { skipRebuild: true },
    })
    const body = JSON.stringify(await (await rest('GET', 'tom-versions?depth=0')).json())
    expect(body).toContain('"status":"published"')
    expect(body).not.toMatch(/"(publishedBy|lastEditedBy)"/)
    const staffBody = JSON.stringify(
      await (await rest('GET', 'tom-versions?depth=0', undefined, token)).json(),
    )
    expect(staffBody).toMatch(/"publishedBy"/)
  })

  it('answers 404, not 500, for an upload that does not exist', async () => {
    const response = await rest('GET', 'media/file/nothing-here.png')
    expect(response.status).toBe(404)
  })
})
