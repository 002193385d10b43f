import type { Subprocessor } from '../../cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APIError, ValidationError } from 'payload'
import { addDays } from '../../cms/domain/notice'
import { runJobs as runQueue } from '../helpers/jobs'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { companyData, subprocessorData } from '../helpers/createData'

/** Publishing subprocessor changes records immutable events with notice dates and mails subscribers. */
let t: TestPayload
let smtp: TestSmtp
let companyId: number
const today = new Date().toISOString().slice(0, 10)
const events = async () =>
  (
    await t.payload.find({
      collection: 'subprocessor-events',
      sort: 'createdAt',
      pagination: false,
    })
  ).docs as unknown as Array<Record<string, unknown>>
const base: Pick<Subprocessor, 'name' | 'purpose' | 'locations' | 'transferSafeguard'> = {
  name: 'Cloudy AG',
  purpose: 'Hosting',
  locations: ['DE'],
  transferSafeguard: 'eu-eea',
}

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    TRUSTCENTER_RETRY_DELAY_MS: '50',
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_SITE_URL: 'http://site.test',
  })
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({
        name: 'Acme',
        slug: 'acme',
        noticePeriodDays: 30,
        privacyContact: { dpoEmail: 'dpo@acme.example' },
      }),
    })
  ).id
  // a confirmed subscriber of the topic "subprocessors"
  await t.payload.create({
    collection: 'subscribers',
    data: {
      email: 'kunde@example.test',
      company: companyId,
      topics: ['subprocessors'],
      locale: 'de',
      status: 'confirmed',
    },
  })
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

const runJobs = () => runQueue(t.payload)

describe('subprocessor change events', () => {
  let id: string | number

  it('a draft records nothing', async () => {
    id = (
      await t.payload.create({
        collection: 'subprocessors',
        data: subprocessorData({ company: companyId, ...base }),
      })
    ).id
    expect(await events()).toEqual([])
  })

  it('publishing records "added" with the notice period and mails the subscriber once', async () => {
    await t.payload.update({
      collection: 'subprocessors',
      id,
      data: { status: 'announced', changeNote: 'Neues Rechenzentrum' },
    })
    const [event] = await events()
    expect(event).toMatchObject({
      kind: 'added',
      material: true,
      note: 'Neues Rechenzentrum',
      snapshot: { name: 'Cloudy AG', locations: ['DE'] },
    })
    expect(String(event!.announcedAt).slice(0, 10)).toBe(today)
    expect(String(event!.objectionDeadline).slice(0, 10)).toBe(addDays(today, 30))
    expect(String(event!.effectiveAt).slice(0, 10)).toBe(addDays(today, 30))
    const sub = (await t.payload.findByID({
      collection: 'subprocessors',
      id,
    })) as unknown as Record<string, unknown>
    expect(String(sub.effectiveFrom).slice(0, 10)).toBe(addDays(today, 30))
    expect(sub.changeNote).toBeNull() // "this change" fields are reset
    await runJobs()
    await runJobs()
    expect(smtp.mails).toHaveLength(1)
    expect(smtp.mails[0]!.subject).toMatch(
      /^Acme: neuer Unterauftragsverarbeiter \(Cloudy AG\), Einspruch bis /,
    )
    expect(smtp.mails[0]!.text).toContain('an dpo@acme.example')
    expect(smtp.mails[0]!.text).toContain('http://site.test/acme/subprocessors/')
  })

  it('a change to what customers see records "changed" with the fields', async () => {
    await t.payload.update({
      collection: 'subprocessors',
      id,
      data: {
        locations: ['DE', 'US'],
        transferSafeguard: 'dpf',
        objectionDeadline: addDays(today, 45),
      },
    })
    const event = (await events()).at(-1)!
    expect(event).toMatchObject({
      kind: 'changed',
      changes: [
        { field: 'locations', from: ['DE'], to: ['DE', 'US'] },
        { field: 'transferSafeguard', from: 'eu-eea', to: 'dpf' },
      ],
    })
    expect(String(event.objectionDeadline).slice(0, 10)).toBe(addDays(today, 45)) // a later deadline was granted
    await runJobs()
    expect(smtp.mails).toHaveLength(2)
  })

  it('an editorial correction records a non-material event and mails nobody', async () => {
    await t.payload.update({
      collection: 'subprocessors',
      id,
      data: { purpose: 'Hosting (Rechenzentrum)', changeKind: 'editorial' },
    })
    expect((await events()).at(-1)).toMatchObject({ kind: 'changed', material: false })
    await runJobs()
    expect(smtp.mails).toHaveLength(2)
  })

  it('refuses a deadline shorter than the notice period, saving nothing', async () => {
    const before = (await events()).length
    const error = await t.payload
      .update({
        collection: 'subprocessors',
        id,
        data: { purpose: 'Something else', objectionDeadline: addDays(today, 3) },
      })
      .catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors[0]).toMatchObject({ path: 'objectionDeadline' })
    expect((await events()).length).toBe(before)
    expect(
      (
        (await t.payload.findByID({ collection: 'subprocessors', id })) as unknown as {
          purpose: string
        }
      ).purpose,
    ).toBe('Hosting (Rechenzentrum)')
  })

  it('ending records "removed"; going back to draft is refused', async () => {
    await t.payload.update({
      collection: 'subprocessors',
      id,
      data: { status: 'ended', endedAt: addDays(today, 60) },
    })
    const removed = (await events()).at(-1)!
    expect(removed).toMatchObject({ kind: 'removed', objectionDeadline: null }) // ending takes nothing new from customers
    expect(String(removed.effectiveAt).slice(0, 10)).toBe(addDays(today, 60))
    const error = await t.payload
      .update({ collection: 'subprocessors', id, data: { status: 'draft' } })
      .catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
  })

  it('events are append-only, even for the system', async () => {
    const [first] = await events()
    const update = await t.payload
      .update({
        collection: 'subprocessor-events',
        id: first!.id as string,
        data: { note: 'x' },
      })
      .catch((e) => e)
    expect(update).toBeInstanceOf(APIError)
    const remove = await t.payload
      .delete({ collection: 'subprocessor-events', id: first!.id as string })
      .catch((e) => e)
    expect(remove).toBeInstanceOf(APIError)
    expect((await events())[0]).toEqual(first)
  })

  it('events are public, subscribers are not', async () => {
    expect(
      (await t.payload.find({ collection: 'subprocessor-events', overrideAccess: false }))
        .totalDocs,
    ).toBeGreaterThan(0)
    await expect(
      t.payload.find({ collection: 'subscribers', overrideAccess: false }),
    ).rejects.toThrow()
  })
})
