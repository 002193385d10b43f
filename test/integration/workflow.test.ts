import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APIError, ValidationError } from 'payload'
import { fingerprint, versionContent } from '../../cms/domain/version-content'
import {
  createUser,
  missingAsNull,
  startTestPayload,
  type TestPayload,
  type TestUser,
} from '../helpers/payload'
import { graphqlClient, restClient, type Graphql, type Rest } from '../helpers/rest'
import { oneMeasure } from '../helpers/tomSections'
import { companyData, tomVersionData } from '../helpers/createData'

/** Review workflow: roles, four-eyes, immutable publications, superseding, date order. */
let t: TestPayload
let companyId: number
let editor: TestUser, legal: TestUser, otherLegal: TestUser
let rest: Rest
let graphql: Graphql

const sections = oneMeasure

beforeAll(async () => {
  t = await startTestPayload()
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme' }),
    })
  ).id
  editor = await createUser(t.payload, 'editor')
  legal = await createUser(t.payload, 'legal')
  otherLegal = await createUser(t.payload, 'legal')
  rest = await restClient()
  graphql = await graphqlClient()
})
afterAll(async () => t?.close())

const as = (user: TestUser) => ({ overrideAccess: false, user })
const get = async (id: number | string) =>
  missingAsNull(
    (await t.payload.findByID({ collection: 'tom-versions', id, depth: 0 })) as unknown as Record<
      string,
      unknown
    >,
    ['publishedAt', 'fingerprint'],
  )
async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise
  } catch (error) {
    return { status: (error as APIError).status, message: (error as Error).message }
  }
  throw new Error('expected the operation to be refused')
}
const token = async (user: TestUser) =>
  (
    await t.payload.login({
      collection: 'users',
      data: { email: (user as { email: string }).email, password: 'correct horse battery' },
    })
  ).token!

describe('publishing', () => {
  let firstId: number | string

  it('an editor drafts and submits for review but may not publish', async () => {
    const draft = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: companyId,
        title: 'TOM',
        effectiveDate: '2026-01-01',
        sections: sections('Alarmanlage'),
      }),
      ...as(editor),
    })
    firstId = draft.id
    await t.payload.update({
      collection: 'tom-versions',
      id: firstId,
      data: { status: 'in-review' },
      ...as(editor),
    })
    const refused = await refusal(
      t.payload.update({
        collection: 'tom-versions',
        id: firstId,
        data: { status: 'published' },
        ...as(editor),
      }),
    )
    expect(refused).toEqual({
      status: 403,
      message: 'Only legal or admin may publish a TOM version; submit it for review instead.',
    })
    expect(await get(firstId)).toMatchObject({
      status: 'in-review',
      publishedAt: null,
      fingerprint: null,
    })
  })

  it('four-eyes: legal may not publish a version they edited last', async () => {
    await t.payload.update({
      collection: 'tom-versions',
      id: firstId,
      data: { title: 'TOM (geprüft)' },
      ...as(legal),
    })
    const refused = await refusal(
      t.payload.update({
        collection: 'tom-versions',
        id: firstId,
        data: { status: 'published' },
        ...as(legal),
      }),
    )
    expect(refused.status).toBe(403)
    expect(refused.message).toMatch(/^Four-eyes rule/)
    const refusedInOneSave = await refusal(
      t.payload.update({
        collection: 'tom-versions',
        id: firstId,
        data: { title: 'TOM v1', status: 'published' },
        ...as(otherLegal),
      }),
    )
    expect(refusedInOneSave.message).toMatch(/^Four-eyes rule/) // editing and publishing in one save makes you the last editor
    expect(await get(firstId)).toMatchObject({ status: 'in-review', title: 'TOM (geprüft)' })
  })

  it('another legal user publishes it, with a fingerprint anyone can recompute', async () => {
    const published = (await t.payload.update({
      collection: 'tom-versions',
      id: firstId,
      data: {
        status: 'published',
        changeSummary: 'Erste Fassung',
        changeKind: 'material',
      },
      ...as(otherLegal),
    })) as unknown as Record<string, unknown>
    expect(published).toMatchObject({ status: 'published', changeSummary: 'Erste Fassung' })
    expect(published.publishedAt).toEqual(expect.any(String))
    expect(published.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(published.fingerprint).toBe(fingerprint(versionContent(published)))
    expect(String((published.publishedBy as { id: unknown }).id ?? published.publishedBy)).toBe(
      String((otherLegal as { id: unknown }).id),
    )
  })

  it('a published version is immutable over the Local API, REST and GraphQL', async () => {
    const before = await get(firstId)
    expect(
      (
        await refusal(
          t.payload.update({
            collection: 'tom-versions',
            id: firstId,
            data: { title: 'changed' },
            ...as(otherLegal),
          }),
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await refusal(
          t.payload.update({
            collection: 'tom-versions',
            id: firstId,
            data: { title: 'changed' },
          }),
        )
      ).status,
    ).toBe(403) // even the system
    const patched = await rest(
      'PATCH',
      `tom-versions/${firstId}`,
      { title: 'changed' },
      await token(otherLegal),
    )
    expect(patched.status).toBe(403)
    const mutation = await graphql(
      `mutation { updateTomVersion(id: ${JSON.stringify(firstId)}, data: { title: "changed" }) { title } }`,
      await token(otherLegal),
    )
    expect(mutation.errors?.length).toBeGreaterThan(0)
    expect(await get(firstId)).toEqual(before)
  })

  it('a status cannot be set to superseded by hand', async () => {
    const draft = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: companyId,
        title: 'X',
        effectiveDate: '2026-02-01',
        sections: sections('X'),
      }),
      ...as(editor),
    })
    expect(
      (
        await refusal(
          t.payload.update({
            collection: 'tom-versions',
            id: draft.id,
            data: { status: 'superseded' },
            ...as(legal),
          }),
        )
      ).status,
    ).toBe(400)
    await t.payload.delete({ collection: 'tom-versions', id: draft.id })
  })

  it('rejects a version that takes effect before the current one', async () => {
    const error = await t.payload
      .create({
        collection: 'tom-versions',
        data: tomVersionData({
          company: companyId,
          title: 'Old',
          effectiveDate: '2025-06-01',
          sections: sections('X'),
        }),
        ...as(editor),
      })
      .catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([
      {
        path: 'effectiveDate',
        message:
          'Must not lie before 2026-01-01, the effective date of the current version "2026-01-01".',
      },
    ])
  })

  it('publishing a newer version supersedes the previous one', async () => {
    const next = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: companyId,
        title: 'TOM',
        effectiveDate: '2026-07-01',
        status: 'in-review',
        sections: sections('Alarmanlage mit Aufschaltung'),
      }),
      ...as(editor),
    })
    await t.payload.update({
      collection: 'tom-versions',
      id: next.id,
      data: { status: 'published' },
      ...as(legal),
    })
    const old = await get(firstId)
    expect(old.status).toBe('superseded')
    expect(old.fingerprint).toBe(fingerprint(versionContent(old))) // superseding changes nothing it promised
    const published = await t.payload.find({
      collection: 'tom-versions',
      where: { status: { equals: 'published' } },
    })
    expect(published.docs.map((d) => d.id)).toEqual([next.id])
  })

  it('"New revision" copies a published version into a draft in one call', async () => {
    const current = (
      await t.payload.find({
        collection: 'tom-versions',
        where: { status: { equals: 'published' } },
      })
    ).docs[0]!
    expect((await rest('POST', `tom-versions/${current.id}/new-revision`)).status).toBe(401)
    const response = await rest(
      'POST',
      `tom-versions/${current.id}/new-revision`,
      undefined,
      await token(editor),
    )
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(201)
    const { id, version } = body
    const draft = await get(id)
    expect(draft).toMatchObject({
      status: 'draft',
      version,
      title: current.title,
      fingerprint: null,
    })
    expect(version).toBe(new Date().toISOString().slice(0, 10))
    expect(
      JSON.stringify(
        (draft.sections as Array<{ controls: unknown }>).map((s) => s.controls),
      ).includes('Alarmanlage mit Aufschaltung'),
    ).toBe(true)
    expect(String(draft.lastEditedBy)).toBe(String((editor as { id: unknown }).id))
    // a second revision on the same day gets its own slug
    const second = await (
      await rest('POST', `tom-versions/${current.id}/new-revision`, undefined, await token(editor))
    ).json()
    expect(second.version).toBe(`${version}-2`)
  })
})
