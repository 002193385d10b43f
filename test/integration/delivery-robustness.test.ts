import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { purgeUnconfirmed, requeueStranded } from '../../cms/plugin/notifications/maintenanceTask'
import { queueMarkedChanges } from '../../cms/plugin/notifications/fanOut'
import { sanitizeOptions } from '../../cms/plugin'
import { runJobs as runQueue } from '../helpers/jobs'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { companyData, subscriberData, tomVersionData } from '../helpers/createData'
import type { TomSections } from '../helpers/tomSections'

/** Batching, purging unconfirmed addresses, and a restart in the middle of sending. */
let t: TestPayload
let smtp: TestSmtp
let companyId: number
const options = sanitizeOptions({
  notifications: { siteUrl: 'http://site.test', cmsUrl: 'http://cms.test' },
})
const sections: TomSections = [
  { heading: 'Vertraulichkeit', category: 'confidentiality', controls: [] },
]
let month = 1

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_BATCH_WINDOW_MS: '300',
  })
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme' }),
    })
  ).id
  await t.payload.create({
    collection: 'subscribers',
    data: {
      email: 'kunde@example.test',
      company: companyId,
      topics: ['toms', 'subprocessors'],
      locale: 'en',
      status: 'confirmed',
    },
  })
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

const publishTom = (payload: Payload = t.payload) =>
  payload.create({
    collection: 'tom-versions',
    data: tomVersionData({
      company: companyId,
      title: 'TOM',
      effectiveDate: `2026-${String(month++).padStart(2, '0')}-01`,
      status: 'published',
      changeKind: 'material',
      sections,
    }),
  })
const runJobs = (payload: Payload = t.payload) => runQueue(payload)

describe('batching', () => {
  it('sends changes published within the window as one mail', async () => {
    await publishTom()
    await t.payload.create({
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
    await t.payload.jobs.run({ limit: 100 })
    expect(smtp.mails).toHaveLength(0) // still inside the batch window
    await new Promise((r) => setTimeout(r, 400))
    await runJobs()
    expect(smtp.mails).toHaveLength(1)
    expect(smtp.mails[0]!.subject).toBe('Acme: 2 changes')
    expect(smtp.mails[0]!.text).toMatch(
      /1\. Acme: new TOM version 2026-01-01 .*\n[\s\S]*2\. Acme: new subprocessor \(Cloudy AG\), objections until/,
    )
    const deliveries = await t.payload.find({ collection: 'notification-deliveries' })
    expect(deliveries.docs.map((d) => d.status)).toEqual(['sent', 'sent'])
  })
})

describe('unconfirmed subscriptions', () => {
  it('are deleted after 7 days; confirmed ones stay', async () => {
    const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
    for (const [email, status, consentAt] of [
      ['old@x.test', 'pending', days(8)],
      ['new@x.test', 'pending', days(1)],
      ['kept@x.test', 'confirmed', days(30)],
    ] as const) {
      await t.payload.create({
        collection: 'subscribers',
        data: subscriberData({ email, company: companyId, topics: ['toms'], status, consentAt }),
      })
    }
    expect(await purgeUnconfirmed(t.payload, options)).toBe(1)
    const left = (
      await t.payload.find({ collection: 'subscribers', where: { email: { like: '@x.test' } } })
    ).docs
      .map((s) => s.email)
      .sort()
    expect(left).toEqual(['kept@x.test', 'new@x.test'])
  })
})

describe('a restart while sending', () => {
  it('loses nothing and sends nothing twice', async () => {
    const before = smtp.mails.length
    await publishTom()
    // The publication's fan-out job creates the deliveries (and their jobs):
    await t.payload.jobs.run({ where: { taskSlug: { equals: 'trustCenterFanOut' } } })
    await new Promise((r) => setTimeout(r, 400))
    // The runner claims the delivery and dies before the SMTP transaction completes:
    await t.payload.update({
      collection: 'notification-deliveries',
      where: { status: { equals: 'pending' } },
      data: { status: 'sending' },
    })
    await t.payload.delete({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false } },
    })
    // A fresh Payload on the same database, as after a restart:
    const { getPayload } = await import('payload')
    const config = (await import('../../cms/payload.config')).default
    const restarted = await getPayload({ config, key: randomUUID() })
    await runJobs(restarted)
    expect(smtp.mails).toHaveLength(before) // the claimed delivery is not sent blindly …
    const later = new Date(Date.now() + 20 * 60_000)
    // … the maintenance task finds both (kunde@ and kept@ from the purge test are confirmed)
    expect(await requeueStranded(restarted, options, later)).toBe(2)
    await runJobs(restarted)
    await runJobs(restarted)
    expect(
      smtp.mails
        .slice(before)
        .map((m) => (m.to as { text: string }).text)
        .sort(),
    ).toEqual(['kept@x.test', 'kunde@example.test'])
    const deliveries = await restarted.find({
      collection: 'notification-deliveries',
      where: { status: { not_equals: 'sent' } },
    })
    expect(deliveries.totalDocs).toBe(0)
    expect(await requeueStranded(restarted, options, later)).toBe(0)
    await restarted.destroy()
  })
})

describe('a publication whose fan-out job was lost', () => {
  it('is found by its outbox mark and notified once', async () => {
    const before = smtp.mails.length
    const version = await publishTom()
    const later = new Date(Date.now() + 20 * 60_000)
    // Its job only waits behind others (not run yet): not queued again, however late it is.
    expect(await queueMarkedChanges(t.payload, options, later)).toBe(0)
    // As after a crash between the published row and its job on a database without transactions:
    await t.payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'trustCenterFanOut' } },
    })
    expect(await queueMarkedChanges(t.payload, options, new Date())).toBe(0) // not stale yet
    expect(await queueMarkedChanges(t.payload, options, later)).toBe(1)
    expect(await queueMarkedChanges(t.payload, options, later)).toBe(0) // one spare job, not more
    await new Promise((r) => setTimeout(r, 400))
    await runJobs()
    await new Promise((r) => setTimeout(r, 400))
    await runJobs()
    const deliveries = await t.payload.find({
      collection: 'notification-deliveries',
      where: { eventKey: { equals: `tom-version:${String(version.id)}` } },
    })
    expect(deliveries.docs.map((d) => d.status)).toEqual(['sent', 'sent'])
    expect(smtp.mails.length - before).toBe(2)
    // The fan-out cleared the mark: nothing is queued again.
    expect(await queueMarkedChanges(t.payload, options, later)).toBe(0)
    // … and left the version's stamp as it was: the site has nothing new to read of it.
    const after = await t.payload.db.findOne<{ id: number; notifyPending?: boolean | null }>({
      collection: 'tom-versions',
      where: { id: { equals: version.id } },
      select: { notifyPending: true, updatedAt: true },
    })
    expect(after).toMatchObject({ notifyPending: false, updatedAt: version.updatedAt })
  })
})
