import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../cms/domain/notice'
import { runJobs } from '../helpers/jobs'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { graphqlClient, restClient, type Graphql, type Rest } from '../helpers/rest'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { companyData } from '../helpers/createData'

/**
 * Subprocessor changes go through review like TOM versions: an editor's change is pending (not
 * public, no event, no mail to subscribers) until legal or an admin who did not edit it last
 * approves it; then the public record changes, exactly one event is recorded and subscribers are
 * mailed. Over Payload's real REST and GraphQL routes, mails to a real SMTP server on loopback.
 */
const PASSWORD = 'correct horse battery'
const SUBSCRIBER = 'kunde@example.test'
const today = new Date().toISOString().slice(0, 10)
let t: TestPayload
let smtp: TestSmtp
let rest: Rest
let graphql: Graphql
let companyId: number
const tokens: Record<'editor' | 'lena' | 'lars', string> = { editor: '', lena: '', lars: '' }
const ids: Record<'editor' | 'lena' | 'lars', string | number> = { editor: 0, lena: 0, lars: 0 }

const events = async () =>
  (
    await t.payload.find({
      collection: 'subprocessor-events',
      sort: 'createdAt',
      pagination: false,
    })
  ).docs as unknown as Array<Record<string, unknown>>
const mailsTo = (address: string) =>
  smtp.mails.filter((m) => JSON.stringify(m.to).includes(address))
/** What a visitor reads over REST: the public record only. */
const publicNames = async () =>
  ((await (await rest('GET', 'subprocessors?depth=0')).json()).docs as Array<{ name: string }>).map(
    (d) => d.name,
  )
const publicDoc = async (id: string | number) =>
  (await (await rest('GET', `subprocessors/${id}?depth=0`)).json()) as Record<string, unknown>
/** Jobs run, then the subscriber's mails: only a publication may have queued one. */
const subscriberMails = async () => {
  await runJobs(t.payload)
  return mailsTo(SUBSCRIBER)
}

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_CMS_URL: 'http://cms.test',
    TRUSTCENTER_SITE_URL: 'http://site.test',
  })
  rest = await restClient()
  graphql = await graphqlClient()
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme', noticePeriodDays: 30 }),
    })
  ).id
  await t.payload.create({
    collection: 'subscribers',
    data: {
      email: SUBSCRIBER,
      company: companyId,
      topics: ['subprocessors'],
      locale: 'de',
      status: 'confirmed',
    },
  })
  for (const [key, role, name] of [
    ['editor', 'editor', 'Erika Editor'],
    ['lena', 'legal', 'Lena Legal'],
    ['lars', 'legal', 'Lars Legal'],
  ] as const) {
    const email = `${key}@example.test`
    ids[key] = (
      await t.payload.create({
        collection: 'users',
        data: { email, password: PASSWORD, role, name },
      })
    ).id
    tokens[key] = (
      await t.payload.login({ collection: 'users', data: { email, password: PASSWORD } })
    ).token!
  }
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

describe('subprocessor changes through review (REST)', () => {
  let id: string | number

  it("an editor's new subprocessor, even with status active, is pending: not public, no event, no mail", async () => {
    const response = await rest(
      'POST',
      'subprocessors',
      {
        company: companyId,
        name: 'Cloudy AG',
        purpose: 'Hosting',
        locations: ['DE'],
        transferSafeguard: 'eu-eea',
        status: 'active',
      },
      tokens.editor,
    )
    expect(response.status, await response.clone().text()).toBe(201)
    id = ((await response.json()) as { doc: { id: string | number } }).doc.id
    expect(await publicNames()).toEqual([])
    expect((await publicDoc(id)).errors).toBeDefined() // not found for a visitor
    expect(await events()).toEqual([])
    expect(await subscriberMails()).toHaveLength(0)
  })

  it('an editor cannot publish it (403), so it stays private', async () => {
    const explicit = await rest(
      'PATCH',
      `subprocessors/${id}`,
      { _status: 'published' },
      tokens.editor,
    )
    expect(explicit.status).toBe(403)
    expect(await publicNames()).toEqual([])
    expect(await events()).toEqual([])
  })

  it('the editor submits the change; every legal user is mailed', async () => {
    const answer = await rest('POST', `subprocessors/${id}/submit`, {}, tokens.editor)
    expect(answer.status, await answer.clone().text()).toBe(200)
    expect((await answer.json()).status).toBe('in-review')
    await expect.poll(() => mailsTo('lena@').length + mailsTo('lars@').length).toBe(2)
    expect(mailsTo('lars@')[0]!.subject).toBe('Zur Prüfung / For review: Cloudy AG')
    expect(mailsTo('lars@')[0]!.text).toContain(
      `Erika Editor submitted the change to the subprocessor Cloudy AG for review`,
    )
    expect(await publicNames()).toEqual([])
  })

  it('legal who edited the change last cannot approve it, nor publish it by saving (four-eyes)', async () => {
    const edit = await rest(
      'PATCH',
      `subprocessors/${id}?draft=true`,
      { purpose: 'Hosting and backups' },
      tokens.lena,
    )
    expect(edit.status, await edit.clone().text()).toBe(200)
    const approve = await rest('POST', `subprocessors/${id}/approve`, {}, tokens.lena)
    expect(approve.status).toBe(403)
    expect((await approve.json()).errors[0].message).toBe(
      'Four-eyes rule. You edited this subprocessor change last; someone else with the legal or admin role must publish it.',
    )
    const save = await rest('PATCH', `subprocessors/${id}`, { _status: 'published' }, tokens.lena)
    expect(save.status).toBe(403)
    expect((await save.json()).errors[0].data).toEqual({ rule: 'fourEyes' })
    expect(await publicNames()).toEqual([])
    expect(await events()).toEqual([])
  })

  it('legal who did not edit it approves: public, exactly one event with the notice period, one mail', async () => {
    const answer = await rest('POST', `subprocessors/${id}/approve`, {}, tokens.lars)
    expect(answer.status, await answer.clone().text()).toBe(200)
    expect(await publicNames()).toEqual(['Cloudy AG'])
    expect(await publicDoc(id)).toMatchObject({ purpose: 'Hosting and backups', status: 'active' })
    const all = await events()
    expect(all).toHaveLength(1)
    expect(all[0]).toMatchObject({ kind: 'added', material: true })
    expect(String(all[0]!.objectionDeadline).slice(0, 10)).toBe(addDays(today, 30))
    const mails = await subscriberMails()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toMatch(/^Acme: neuer Unterauftragsverarbeiter \(Cloudy AG\)/)
    // the last editor hears it was published
    await expect
      .poll(() => mailsTo('lena@').filter((m) => /Published/.test(m.subject!)).length)
      .toBe(1)
    const review = await (
      await rest('GET', `subprocessors/${id}/review`, undefined, tokens.lars)
    ).json()
    expect(review.status).toBe('published')
    expect(review.log.map((e: { action: string }) => e.action)).toEqual(['submitted', 'approved'])
    expect(await publicDoc(id)).not.toHaveProperty('reviewLog') // staff only
  })

  it("an editor's change to a published subprocessor stays pending: the public record and the events do not move", async () => {
    const direct = await rest(
      'PATCH',
      `subprocessors/${id}`,
      { locations: ['DE', 'US'] },
      tokens.editor,
    )
    expect(direct.status).toBe(403)
    expect((await direct.json()).errors[0].data).toEqual({ rule: 'onlyLegalPublishes' })
    const draft = await rest(
      'PATCH',
      `subprocessors/${id}?draft=true`,
      { locations: ['DE', 'US'], transferSafeguard: 'dpf', changeNote: 'US-Support' },
      tokens.editor,
    )
    expect(draft.status, await draft.clone().text()).toBe(200)
    expect(await publicDoc(id)).toMatchObject({ locations: ['DE'], transferSafeguard: 'eu-eea' })
    // asking for drafts gives a visitor the published record, never the pending change
    const asDraft = await (await rest('GET', `subprocessors/${id}?draft=true&depth=0`)).json()
    expect(asDraft).toMatchObject({ locations: ['DE'], transferSafeguard: 'eu-eea' })
    const listed = await (await rest('GET', 'subprocessors?draft=true&depth=0')).json()
    expect(JSON.stringify(listed)).not.toContain('dpf')
    expect(await events()).toHaveLength(1)
    expect(await subscriberMails()).toHaveLength(1)
    const review = await (
      await rest('GET', `subprocessors/${id}/review`, undefined, tokens.lars)
    ).json()
    expect(review).toMatchObject({ status: 'draft', lastEditedBy: { name: 'Erika Editor' } })
    expect(review.changes).toEqual([
      { field: 'locations', from: ['DE'], to: ['DE', 'US'] },
      { field: 'transferSafeguard', from: 'eu-eea', to: 'dpf' },
    ])
  })

  it('changes requested need a comment, reach the last editor, and publish nothing', async () => {
    expect((await rest('POST', `subprocessors/${id}/submit`, {}, tokens.editor)).status).toBe(200)
    const bare = await rest('POST', `subprocessors/${id}/request-changes`, {}, tokens.lars)
    expect(bare.status).toBe(400)
    const sent = await rest(
      'POST',
      `subprocessors/${id}/request-changes`,
      { comment: 'Welche Garantien gelten für die USA?' },
      tokens.lars,
    )
    expect(sent.status, await sent.clone().text()).toBe(200)
    expect((await sent.json()).status).toBe('draft')
    await expect
      .poll(() => mailsTo('editor@').filter((m) => /Changes requested/.test(m.subject!)).length)
      .toBe(1)
    expect(mailsTo('editor@').at(-1)!.text).toContain('Welche Garantien gelten für die USA?')
    expect(await publicDoc(id)).toMatchObject({ locations: ['DE'] })
    expect(await events()).toHaveLength(1)
    // approving a draft is refused by the state machine
    const early = await rest('POST', `subprocessors/${id}/approve`, {}, tokens.lars)
    expect(early.status).toBe(409)
  })

  it('resubmitted and approved: one "changed" event with the fields and the note, one more mail', async () => {
    expect((await rest('POST', `subprocessors/${id}/submit`, {}, tokens.editor)).status).toBe(200)
    expect((await rest('POST', `subprocessors/${id}/approve`, {}, tokens.lena)).status).toBe(200)
    expect(await publicDoc(id)).toMatchObject({ locations: ['DE', 'US'], transferSafeguard: 'dpf' })
    const all = await events()
    expect(all).toHaveLength(2)
    expect(all[1]).toMatchObject({
      kind: 'changed',
      note: 'US-Support',
      changes: [
        { field: 'locations', from: ['DE'], to: ['DE', 'US'] },
        { field: 'transferSafeguard', from: 'eu-eea', to: 'dpf' },
      ],
    })
    expect(await subscriberMails()).toHaveLength(2)
  })

  it('nobody unpublishes a public subprocessor; it is ended instead', async () => {
    const answer = await rest('PATCH', `subprocessors/${id}`, { _status: 'draft' }, tokens.lars)
    expect(answer.status).toBe(403)
    expect((await answer.json()).errors[0].data).toEqual({ rule: 'unpublish' })
    expect(await publicNames()).toEqual(['Cloudy AG'])
  })
})

describe('subprocessor changes through review (GraphQL)', () => {
  let id: string | number

  it("an editor's GraphQL change is pending, a published one is refused; visitors see neither", async () => {
    const created = await graphql(
      `mutation { createSubprocessor(data: { company: ${JSON.stringify(companyId)}, name: "Mailer GmbH", purpose: "E-Mail", locations: ["DE"], transferSafeguard: eu_eea, status: active }) { id _status } }`,
      tokens.editor,
    )
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined()
    expect(created.data.createSubprocessor._status).toBe('draft')
    id = created.data.createSubprocessor.id
    const publish = await graphql(
      `mutation { updateSubprocessor(id: ${JSON.stringify(id)}, data: { _status: published }) { id } }`,
      tokens.editor,
    )
    expect(publish.errors?.length).toBeGreaterThan(0)
    const anonymous = await graphql('{ Subprocessors { docs { name } } }')
    expect(anonymous.data.Subprocessors.docs.map((d: { name: string }) => d.name)).toEqual([
      'Cloudy AG',
    ])
    const versions = await graphql('{ versionsSubprocessors { docs { id } } }')
    expect(versions.errors?.length).toBeGreaterThan(0)
    expect(await events()).toHaveLength(2)
  })

  it('four-eyes over GraphQL: the last editor cannot publish, another legal user can (one event)', async () => {
    const edit = await graphql(
      `mutation { updateSubprocessor(id: ${JSON.stringify(id)}, draft: true, data: { purpose: "E-Mail-Versand" }) { id } }`,
      tokens.lena,
    )
    expect(edit.errors, JSON.stringify(edit.errors)).toBeUndefined()
    const own = await graphql(
      `mutation { updateSubprocessor(id: ${JSON.stringify(id)}, data: { _status: published }) { id } }`,
      tokens.lena,
    )
    expect(own.errors?.[0]?.extensions?.name ?? own.errors?.[0]?.message).toMatch(
      /WorkflowError|Four-eyes/,
    )
    expect(await events()).toHaveLength(2)
    const other = await graphql(
      `mutation { updateSubprocessor(id: ${JSON.stringify(id)}, data: { _status: published }) { id _status purpose } }`,
      tokens.lars,
    )
    expect(other.errors, JSON.stringify(other.errors)).toBeUndefined()
    expect(other.data.updateSubprocessor).toMatchObject({
      _status: 'published',
      purpose: 'E-Mail-Versand',
    })
    const all = await events()
    expect(all).toHaveLength(3)
    expect(all[2]).toMatchObject({ kind: 'added', snapshot: { name: 'Mailer GmbH' } })
    expect(await subscriberMails()).toHaveLength(3)
  })
})
