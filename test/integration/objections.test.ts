import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseCsv } from 'csv-parse/sync'
import { purgeUnconfirmedObjections } from '../../cms/plugin/objections/maintenance'
import { sanitizeOptions } from '../../cms/plugin'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { companyData } from '../helpers/createData'

/**
 * Objections to announced subprocessor changes, through the CMS's real REST handlers and a real
 * SMTP server on loopback: form post, confirmation by e-mail, receipt number, the deadline, what
 * legal sees and exports, and that editors and the public see nothing.
 */
let t: TestPayload
let smtp: TestSmtp
let post: (path: string, body: string, contentType?: string) => Promise<Response>
let get: (path: string, user?: unknown) => Promise<Response>
let companyId: number
let openEvent: { id: string | number }
let closedEvent: { id: string | number }
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const today = new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_CMS_URL: 'http://cms.test',
    TRUSTCENTER_SITE_URL: 'http://site.test',
  })
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const [postHandler, getHandler] = [routes.REST_POST(config), routes.REST_GET(config)]
  const slug = (p: string) => ({ params: Promise.resolve({ slug: p.split('?')[0]!.split('/') }) })
  let client = 0
  post = (p, body, contentType = 'application/x-www-form-urlencoded') =>
    postHandler(
      new Request(`http://cms.test/api/${p}`, {
        method: 'POST',
        headers: { 'content-type': contentType, 'x-forwarded-for': `203.0.113.${++client}` },
        body,
      }),
      slug(p),
    )
  get = async (p, user) => {
    const headers: Record<string, string> = {}
    if (user) {
      const login = await t.payload.login({
        collection: 'users',
        data: { email: (user as { email: string }).email, password: 'correct horse battery' },
      })
      headers.authorization = `JWT ${login.token}`
    }
    return getHandler(new Request(`http://cms.test/api/${p}`, { headers }), slug(p))
  }
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
  // An announced change (deadline in 30 days), and one whose deadline has passed (imported as announced long ago).
  const announced = await t.payload.create({
    collection: 'subprocessors',
    data: {
      company: companyId,
      name: 'Cloudy AG',
      purpose: 'Hosting',
      locations: ['DE'],
      transferSafeguard: 'eu-eea',
      status: 'announced',
    },
  })
  openEvent = (
    await t.payload.find({
      collection: 'subprocessor-events',
      where: { subprocessor: { equals: announced.id } },
    })
  ).docs[0]!
  const old = await t.payload.create({
    collection: 'subprocessors',
    data: {
      company: companyId,
      name: 'Oldmail Inc.',
      purpose: 'Mail',
      locations: ['US'],
      transferSafeguard: 'scc',
      status: 'announced',
      announcedAt: '2025-01-01',
      effectiveFrom: '2025-03-01',
    },
    context: { importExisting: true },
  })
  closedEvent = (
    await t.payload.find({
      collection: 'subprocessor-events',
      where: { subprocessor: { equals: old.id } },
    })
  ).docs[0]!
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

const objection = (event: { id: string | number }, extra: Record<string, string> = {}) =>
  form({
    event: String(event.id),
    name: 'Erika Muster',
    organisation: 'Kunde GmbH',
    email: 'Erika@Kunde.example',
    reason: 'Keine Übermittlung in Drittländer; =HYPERLINK("x")',
    locale: 'de',
    ...extra,
  })

describe('objecting to an announced change', () => {
  it('keeps the objection pending until the e-mail is confirmed, then answers with a receipt number', async () => {
    expect(
      (openEvent as unknown as { objectionDeadline: string }).objectionDeadline.slice(0, 10) >=
        today,
    ).toBe(true)
    const response = await post('trust-center/objections', objection(openEvent))
    expect(response.status).toBe(202)
    expect(await response.text()).toContain('Bitte bestätigen Sie Ihren Einspruch')
    const mail = smtp.mails.at(-1)!
    expect(mail.subject).toBe('Bitte bestätigen: Einspruch bei Acme')
    const link = mail.text!.match(
      /http:\/\/cms\.test\/api\/trust-center\/objections\/confirm\?token=[\w-]+&locale=de/,
    )![0]
    const stored = (await t.payload.find({ collection: 'objections' })).docs
    expect(stored).toMatchObject([
      { status: 'pending', organisation: 'Kunde GmbH', email: 'erika@kunde.example' },
    ])
    expect(stored[0]!.receipt ?? null).toBeNull()

    // The link shows a button (GET confirms nothing); the button posts the token.
    const token = new URL(link).searchParams.get('token')!
    const page = await get(`trust-center/objections/confirm?token=${token}&locale=de`)
    expect(await page.text()).toContain(`value="${token}"`)
    expect((await t.payload.find({ collection: 'objections' })).docs[0]!.status).toBe('pending')
    const confirmed = await post('trust-center/objections/confirm', form({ token, locale: 'de' }))
    expect(confirmed.status).toBe(200)
    const receipt = (await confirmed.text()).match(/E-\d{8}-[2-9A-Z]{4}-[2-9A-Z]{4}/)![0]
    expect((await t.payload.find({ collection: 'objections' })).docs[0]).toMatchObject({
      status: 'confirmed',
      receipt,
      confirmedAt: expect.any(String),
    })
    expect(smtp.mails.at(-1)!.subject).toBe(`Eingangsbestätigung ${receipt}: Einspruch bei Acme`)
    expect(smtp.mails.at(-1)!.text).toContain(`Eingangsnummer: ${receipt}`)
    // The link works once.
    expect(
      (await post('trust-center/objections/confirm', form({ token, locale: 'de' }))).status,
    ).toBe(400)
  })

  it('after the deadline says so and stores nothing', async () => {
    const before = (await t.payload.count({ collection: 'objections' })).totalDocs
    const mails = smtp.mails.length
    const response = await post('trust-center/objections', objection(closedEvent, { locale: 'en' }))
    expect(response.status).toBe(410)
    expect(await response.text()).toContain('The objection period has ended')
    expect((await t.payload.count({ collection: 'objections' })).totalDocs).toBe(before)
    expect(smtp.mails.length).toBe(mails)
  })

  it('refuses incomplete forms and unknown changes', async () => {
    expect(
      (await post('trust-center/objections', objection(openEvent, { reason: '' }))).status,
    ).toBe(400)
    expect(
      (
        await post(
          'trust-center/objections',
          objection(openEvent, { email: 'x@y.example\r\nBcc: z@z.example' }),
        )
      ).status,
    ).toBe(400)
    expect((await post('trust-center/objections', objection({ id: 999999 }))).status).toBe(400)
  })

  it('deletes unconfirmed objections after 7 days', async () => {
    await post('trust-center/objections', objection(openEvent, { name: 'Never Confirms' }))
    expect(
      await purgeUnconfirmedObjections(
        t.payload,
        sanitizeOptions(),
        new Date(Date.now() + 8 * 86_400_000),
      ),
    ).toBe(1)
    expect(
      (
        await t.payload.find({
          collection: 'objections',
          where: { name: { equals: 'Never Confirms' } },
        })
      ).docs,
    ).toEqual([])
  })
})

describe('what legal sees', () => {
  it('counts confirmed objections per change, for legal and admins only', async () => {
    const legal = await createUser(t.payload, 'legal')
    const editor = await createUser(t.payload, 'editor')
    const asLegal = await t.payload.findByID({
      collection: 'subprocessor-events',
      id: openEvent.id,
      overrideAccess: false,
      user: legal,
    })
    expect((asLegal as unknown as { objectionCount: number }).objectionCount).toBe(1)
    const asEditor = await t.payload.findByID({
      collection: 'subprocessor-events',
      id: openEvent.id,
      overrideAccess: false,
      user: editor,
    })
    expect((asEditor as unknown as { objectionCount?: number }).objectionCount).toBeUndefined()
    const publicly = await t.payload.findByID({
      collection: 'subprocessor-events',
      id: openEvent.id,
      overrideAccess: false,
    })
    expect((publicly as unknown as { objectionCount?: number }).objectionCount).toBeUndefined()
    await expect(
      t.payload.find({ collection: 'objections', overrideAccess: false, user: editor }),
    ).rejects.toThrow()
    await expect(
      t.payload.find({ collection: 'objections', overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('exports the objections as CSV (legal), refused to editors and the public', async () => {
    const legal = await createUser(t.payload, 'legal')
    const response = await get(`trust-center/objections.csv?event=${String(openEvent.id)}`, legal)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const rows = parseCsv(await response.text(), { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      company: 'acme',
      change_id: String(openEvent.id),
      name: 'Erika Muster',
      organisation: 'Kunde GmbH',
      email: 'erika@kunde.example',
      change: 'Cloudy AG: neu',
    })
    expect(rows[0]!.receipt).toMatch(/^E-\d{8}-/)
    expect(rows[0]!.reason).toBe('Keine Übermittlung in Drittländer; =HYPERLINK("x")')
    expect(
      (await get('trust-center/objections.csv', await createUser(t.payload, 'editor'))).status,
    ).toBe(403)
    expect((await get('trust-center/objections.csv')).status).toBe(403)
  })
})
