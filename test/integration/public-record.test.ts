import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importTomVersion } from '../../cms/plugin/utilities/importTomVersion'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, type Rest } from '../helpers/rest'
import { companyData } from '../helpers/createData'

/** Published and superseded versions (and what cites them) cannot be deleted by anyone, any way. */
let t: TestPayload
let rest: Rest
let graphql: (
  query: string,
) => Promise<{ data?: Record<string, unknown> | null; errors?: Array<{ message: string }> }>
let admin: { id: number | string }
let adminToken: string
let companyId: number
// Filled in beforeAll, before any case reads it.
const ids: Record<'superseded' | 'published' | 'draft', number | string> = {} as never

const doc = (measure: string) =>
  `## Technische und organisatorische Maßnahmen\n\n### 1. Vertraulichkeit\n\n#### 1.1 Zutrittskontrolle\n\n- ${measure}\n`

beforeAll(async () => {
  t = await startTestPayload()
  rest = await restClient()
  const config = (await import('../../cms/payload.config')).default
  const post = (await import('@payloadcms/next/routes')).GRAPHQL_POST(config)
  admin = await createUser(t.payload, 'admin')
  adminToken = (
    await t.payload.login({
      collection: 'users',
      data: {
        email: (admin as unknown as { email: string }).email,
        password: 'correct horse battery',
      },
    })
  ).token!
  graphql = async (query) =>
    (
      await post(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
          body: JSON.stringify({ query }),
        }),
      )
    ).json()
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Muster AG', slug: 'muster' }),
    })
  ).id
  const publish = (date: string, status: 'published' | 'draft') =>
    importTomVersion({
      payload: t.payload,
      companyId,
      text: doc(`Alarmanlage ${date}`),
      filename: `${date}.md`,
      status,
      effectiveDate: date,
      changeKind: 'material',
      context: { skipRebuild: true },
    })
  ids.superseded = (await publish('2025-01-01', 'published')).id
  ids.published = (await publish('2025-06-01', 'published')).id
  ids.draft = (await publish('2025-09-01', 'draft')).id
})
afterAll(async () => t?.close())

const status = async (id: number | string) =>
  (
    (await t.payload.findByID({
      collection: 'tom-versions',
      id,
      depth: 0,
      disableErrors: true,
    })) as { status?: string } | null
  )?.status ?? 'gone'

describe('the public record', () => {
  it('has one superseded and one published version to protect', async () => {
    expect(await status(ids.superseded)).toBe('superseded')
    expect(await status(ids.published)).toBe('published')
  })

  for (const which of ['superseded', 'published'] as const) {
    it(`refuses deleting the ${which} version over REST, GraphQL and the Local API (with and without a user)`, async () => {
      const id = ids[which]
      const restAnswer = await rest('DELETE', `tom-versions/${id}`, undefined, adminToken)
      expect(restAnswer.status).toBeGreaterThanOrEqual(400)
      const bulk = await rest(
        'DELETE',
        `tom-versions?where[id][equals]=${id}`,
        undefined,
        adminToken,
      )
      expect(((await bulk.json()) as { docs?: unknown[] }).docs ?? []).toEqual([])
      const gql = await graphql(`mutation { deleteTomVersion(id: ${JSON.stringify(id)}) { id } }`)
      expect(gql.errors?.length).toBeGreaterThan(0)
      await expect(
        t.payload.delete({
          collection: 'tom-versions',
          id,
          user: admin,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      await expect(t.payload.delete({ collection: 'tom-versions', id })).rejects.toThrow(
        /part of the public record/,
      )
      expect(await status(id)).toBe(which)
    })
  }

  it('lets an admin delete a draft', async () => {
    const answer = await rest('DELETE', `tom-versions/${ids.draft}`, undefined, adminToken)
    expect(answer.status).toBe(200)
    expect(await status(ids.draft)).toBe('gone')
  })

  it('refuses deleting a company with published versions, and notification deliveries', async () => {
    await expect(t.payload.delete({ collection: 'companies', id: companyId })).rejects.toThrow(
      /cannot be deleted/,
    )
    expect(
      (
        await rest(
          'DELETE',
          `notification-deliveries?where[id][exists]=true`,
          undefined,
          adminToken,
        )
      ).status,
    ).toBeGreaterThanOrEqual(400)
  })

  it('gives the next version a new id, never the one of a deleted version', async () => {
    const next = await importTomVersion({
      payload: t.payload,
      companyId,
      text: doc('Alarmanlage neu'),
      filename: 'n.md',
      status: 'published',
      effectiveDate: '2025-10-01',
      changeKind: 'material',
      context: { skipRebuild: true },
    })
    expect([ids.superseded, ids.published]).not.toContain(next.id)
    expect(await status(ids.published)).toBe('superseded')
  })
})
