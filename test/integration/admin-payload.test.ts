import { tomVersionData } from '../helpers/createData'
import type { TomVersion } from '../../cms/payload-types'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { meaningfulContent } from '../../cms/domain/content-equality'
import { graphqlClient, type Graphql } from '../helpers/rest'
import { fingerprint, versionContent } from '../../cms/domain/version-content'
import { missingAsNull, startTestPayload, type TestPayload } from '../helpers/payload'
import { PASSWORD, reviewSituation } from '../helpers/adminWorkflowSetup'

/**
 * What the admin's edit form really sends (captured in Chromium by
 * test/fixtures/admin-save/capture.ts: legal opens a version in review, sets Status to published,
 * clicks Save), replayed over Payload's REST route as multipart like the browser sends it.
 */
const captured = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/admin-save/publish-as-legal.json'),
    'utf8',
  ),
) as { payload: Record<string, any> }

let t: TestPayload
let situation: Awaited<ReturnType<typeof reviewSituation>>
let patch: (
  id: number | string,
  body: Record<string, unknown>,
  token: string,
  language?: string,
) => Promise<{ status: number; json: any }>
let graphql: Graphql

beforeAll(async () => {
  t = await startTestPayload()
  situation = await reviewSituation(t.payload)
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const restPatch = routes.REST_PATCH(config)
  patch = async (id, body, token, language = 'en') => {
    const form = new FormData()
    form.set('_payload', JSON.stringify(body))
    const response = await restPatch(
      new Request(`http://localhost/api/tom-versions/${id}?depth=0&fallback-locale=null`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${token}`, 'accept-language': language },
        body: form,
      }),
      { params: Promise.resolve({ slug: ['tom-versions', String(id)] }) },
    )
    return { status: response.status, json: await response.json() }
  }
  graphql = await graphqlClient()
})
afterAll(async () => t?.close())

const token = async (user: { email: string }) =>
  (await t.payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } }))
    .token!
const stored = async (id: number | string) =>
  (await t.payload.findByID({ collection: 'tom-versions', id, depth: 0 })) as unknown as Record<
    string,
    any
  >
/** The captured form payload, pointed at this test's documents. */
const formPayload = (changes: Record<string, unknown> = {}): Record<string, any> => ({
  ...structuredClone(captured.payload),
  company: situation.company.id,
  ...changes,
})

describe("the admin form's real Save payload", () => {
  it('has the encodings that fooled the old comparison: empty lists as 0, empty fields as null, row ids', () => {
    const text = JSON.stringify(captured.payload)
    expect(text).toMatch(/"groups":0/)
    expect(text).toMatch(/"implicit":null/)
    expect(captured.payload.sections[0].id).toEqual(expect.any(String))
  })

  it('saved unchanged by legal (still in review) leaves the last editor alone', async () => {
    const response = await patch(
      situation.versionId,
      formPayload({ status: 'in-review' }),
      await token(situation.legal),
    )
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    expect(String((await stored(situation.versionId)).lastEditedBy)).toBe(
      String(situation.editor.id),
    )
  })

  it('cannot set who edited or published, when, or the fingerprint', async () => {
    const forged = formPayload({
      status: 'in-review',
      lastEditedBy: situation.legal.id,
      publishedBy: situation.legal.id,
      publishedAt: '2000-01-01T00:00:00.000Z',
      fingerprint: 'f'.repeat(64),
    })
    expect(
      (await patch(situation.versionId, forged, await token(situation.otherLegal))).status,
    ).toBe(200)
    expect(
      missingAsNull(await stored(situation.versionId), [
        'publishedBy',
        'publishedAt',
        'fingerprint',
      ]),
    ).toMatchObject({
      lastEditedBy: situation.editor.id,
      publishedBy: null,
      publishedAt: null,
      fingerprint: null,
    })
  })

  it('saved by legal with Status published publishes the version', async () => {
    const response = await patch(situation.versionId, formPayload(), await token(situation.legal))
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    const doc = await stored(situation.versionId)
    expect(doc).toMatchObject({
      status: 'published',
      lastEditedBy: situation.editor.id,
      publishedBy: situation.legal.id,
    })
    expect(doc.fingerprint).toBe(fingerprint(versionContent(doc)))
  })
})

describe('a real edit in the form still counts (four-eyes)', () => {
  let draftId: number | string
  beforeAll(async () => {
    const draft = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: situation.company.id,
        title: 'Zweite Fassung',
        effectiveDate: '2026-06-01',
        status: 'in-review',
        // the captured form's structure, as Payload validated it when the form saved it
        sections: meaningfulContent(captured.payload.sections) as TomVersion['sections'],
      }),
      user: situation.editor,
      overrideAccess: false,
    })
    draftId = draft.id
  })

  it('legal who changed one measure text becomes the last editor and is refused publishing, with the rule in English and German over REST', async () => {
    // The form's fields, with this draft's own rows (their ids) as its form would hold them
    const edited = formPayload({
      status: 'in-review',
      title: 'Zweite Fassung',
      effectiveDate: '2026-06-01T00:00:00.000Z',
      version: '2026-06-01',
      lastEditedBy: situation.editor.id,
      sections: (await stored(draftId)).sections,
    })
    edited.sections[0].controls[0].measures[0].text += ' (ergänzt)'
    const legalToken = await token(situation.legal)
    expect((await patch(draftId, edited, legalToken)).status).toBe(200)
    expect(String((await stored(draftId)).lastEditedBy)).toBe(String(situation.legal.id))

    const english = await patch(draftId, { ...edited, status: 'published' }, legalToken, 'en')
    expect(english.status).toBe(403)
    expect(english.json.errors[0]).toMatchObject({
      message:
        'Four-eyes rule. You edited this version last; someone else with the legal or admin role must publish it.',
      data: { rule: 'fourEyes' },
    })
    const german = await patch(
      draftId,
      { ...edited, status: 'published' },
      legalToken,
      'de-DE,de;q=0.9',
    )
    expect(german.status).toBe(403)
    expect(german.json.errors[0].message).toMatch(
      /^Vier-Augen-Prinzip. Sie haben diese Version zuletzt bearbeitet/,
    )
  })

  it('GraphQL answers with the same rule, in the same language', async () => {
    const answer = await graphql(
      `mutation { updateTomVersion(id: ${JSON.stringify(draftId)}, data: { status: published }) { status } }`,
      await token(situation.legal),
      'de',
    )
    expect(answer.errors?.[0]?.message).toMatch(/^Vier-Augen-Prinzip/)
    expect((await stored(draftId)).status).toBe('in-review')
  })

  it('an editor trying to publish is told why not', async () => {
    const answer = await patch(draftId, { status: 'published' }, await token(situation.editor))
    expect(answer.status).toBe(403)
    expect(answer.json.errors[0].message).toBe(
      'Only legal or admin may publish a TOM version; submit it for review instead.',
    )
  })
})
