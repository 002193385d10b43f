import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse as parseCsv } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { logIn } from '../helpers/adminUi'
import { launchChromium } from '../helpers/chromium'
import { runJobs } from '../helpers/jobs'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { companyData, tomVersionData, webhookEndpointData } from '../helpers/createData'

/**
 * What legal sees of notices and objections in the production admin, clicked in Chromium: the
 * dashboard counts the confirmed objections per announced change and links to them and to their
 * CSV; a published TOM version shows who was notified, by mail (real SMTP on loopback) and by
 * webhook (a real receiver on loopback, answering 503 once), and its CSV downloads with that.
 */
const PASSWORD = 'correct horse battery'
const shots = '/tmp'
let t: TestPayload
let smtp: TestSmtp
let receiver: WebhookReceiver
let admin: AdminServer
let browser: Browser
let legal: { email: string }
let editor: { email: string }
let versionId: string | number
let objected: string | number
let quiet: string | number
const receipts = ['E-20261202-AB2C-DE3F', 'E-20261202-GH4J-KL5M']

async function announce(companyId: number, name: string) {
  const sub = await t.payload.create({
    collection: 'subprocessors',
    data: {
      company: companyId,
      name,
      purpose: 'Support',
      locations: ['DE'],
      transferSafeguard: 'eu-eea',
      status: 'announced',
    },
  })
  return (
    await t.payload.find({
      collection: 'subprocessor-events',
      where: { subprocessor: { equals: sub.id } },
    })
  ).docs[0]!.id
}

async function object(companyId: number, event: number, receipt?: string) {
  const now = new Date().toISOString()
  await t.payload.create({
    collection: 'objections',
    data: {
      event,
      company: companyId,
      name: 'Erika Muster',
      organisation: 'Kunde GmbH',
      email: 'erika@kunde.example',
      reason: 'Keine neuen Empfänger ohne Prüfung.',
      status: receipt ? 'confirmed' : 'pending',
      ...(receipt ? { receipt, confirmedAt: now } : {}),
      submittedAt: now,
    },
  })
}

beforeAll(async () => {
  smtp = await startTestSmtp()
  receiver = await startWebhookReceiver()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_WEBHOOKS_ALLOW_PRIVATE: '1',
    TRUSTCENTER_WEBHOOKS_ALLOW_HTTP: '1',
    TRUSTCENTER_WEBHOOKS_RETRY_DELAY_MS: '20',
  })
  const companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme', noticePeriodDays: 30 }),
    })
  ).id
  await t.payload.create({
    collection: 'subscribers',
    data: {
      email: 'dpo@kunde.example',
      company: companyId,
      topics: ['toms'],
      locale: 'de',
      status: 'confirmed',
    },
  })
  const secret = `whsec_${randomBytes(32).toString('base64')}`
  receiver.setSecret(secret)
  await t.payload.create({
    collection: 'webhook-endpoints',
    data: webhookEndpointData({
      url: receiver.url,
      company: companyId,
      topics: ['toms'],
      ownerEmail: 'risk@kunde.example',
      status: 'active',
      secret,
    }),
  })
  versionId = (
    await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: companyId,
        title: 'TOM',
        effectiveDate: '2026-05-01',
        status: 'published',
        changeKind: 'material',
        changeSummary: 'Neue Verschlüsselung',
        sections: [{ heading: 'Vertraulichkeit', category: 'confidentiality', controls: [] }],
      }),
    })
  ).id
  receiver.failNext(1, 503) // the webhook is delivered on its second attempt
  await runJobs(t.payload)
  objected = await announce(companyId, 'Objected AG')
  quiet = await announce(companyId, 'Quiet AG')
  for (const receipt of receipts) await object(companyId, objected, receipt)
  await object(companyId, objected) // never confirmed: not counted
  legal = (await createUser(t.payload, 'legal')) as { email: string }
  editor = (await createUser(t.payload, 'editor')) as { email: string }
  admin = await startAdmin({
    DATABASE_URI: process.env.DATABASE_URI,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    TRUSTCENTER_DATA_DIR: t.dataDir,
  })
  browser = await launchChromium()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await t?.close()
  await receiver?.close()
  await smtp?.close()
})

async function signedIn(email: string, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1400, height: 1000 },
    extraHTTPHeaders: { 'accept-language': locale === 'de-DE' ? 'de-DE,de;q=0.9' : 'en-US' },
  })
  const page = await context.newPage()
  await logIn(page, admin.url, email, PASSWORD)
  return page
}
const changeItem = (page: Page, id: string | number) =>
  page.locator(`.trust-center-dashboard li[data-change="${String(id)}"]`)

describe('objections on the dashboard', () => {
  it('counts the confirmed objections per announced change, links to them and exports them', async () => {
    const page = await signedIn(legal.email)
    await page.goto(`${admin.url}/admin`)
    const item = changeItem(page, objected)
    await item.waitFor({ timeout: 60_000 })
    expect(await item.locator('.objection-count').innerText()).toBe('2 objections')
    expect(await changeItem(page, quiet).locator('.objection-count').innerText()).toBe(
      '0 objections',
    )
    await page.locator('.trust-center-dashboard').screenshot({ path: `${shots}/h24-dashboard.png` })

    // The change's CSV link downloads its confirmed objections.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('link', { name: 'CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`objections-${String(objected)}.csv`)
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'), {
      columns: true,
    }) as Array<Record<string, string>>
    expect(rows.map((r) => [r.receipt, r.change_id, r.organisation]).sort()).toEqual(
      receipts.map((r) => [r, String(objected), 'Kunde GmbH']),
    )

    await item.locator('.objection-count').click()
    await page.waitForURL((url) => url.pathname.endsWith('/collections/objections'))
    for (const receipt of receipts) await page.getByText(receipt).waitFor({ timeout: 60_000 })
    expect(await page.locator('table tbody tr').count()).toBe(2)
    await page.screenshot({ path: `${shots}/h24-objections-list.png` })
    // The list's own export: every confirmed objection (the pending one is not).
    const [all] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download all confirmed objections as CSV' }).click(),
    ])
    expect(all.suggestedFilename()).toBe('objections.csv')
    const exported = parseCsv(readFileSync((await all.path())!, 'utf8'), {
      columns: true,
    }) as Array<Record<string, string>>
    expect(exported.map((r) => r.receipt).sort()).toEqual(receipts)
    await page.context().close()
  })

  it('says it in German', async () => {
    const page = await signedIn(legal.email, 'de-DE')
    await page.goto(`${admin.url}/admin`)
    await changeItem(page, objected).waitFor({ timeout: 60_000 })
    expect(await changeItem(page, objected).locator('.objection-count').innerText()).toBe(
      '2 Einsprüche',
    )
    await page.context().close()
  })

  it('shows editors no objections', async () => {
    const page = await signedIn(editor.email)
    await page.goto(`${admin.url}/admin`)
    await changeItem(page, objected).waitFor({ timeout: 60_000 })
    expect(await page.locator('.objection-count').count()).toBe(0)
    expect(await page.getByText('All objections as CSV').count()).toBe(0)
    await page.context().close()
  })
})

describe('proof of notice of a TOM version', () => {
  it('lists who was notified by mail and webhook, and downloads it as CSV', async () => {
    const page = await signedIn(legal.email)
    await page.goto(`${admin.url}/admin/collections/tom-versions/${String(versionId)}`)
    const proof = page.locator('.proof-of-notice')
    await proof.locator('tbody tr').first().waitFor({ timeout: 60_000 })
    const rows = await proof
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)),
      )
    expect(rows.sort()).toEqual([
      ['E-mail', 'dpo@kunde.example', 'delivered', '1'],
      ['Webhook', receiver.url, 'delivered (retried)', '2'],
    ])
    await proof.screenshot({ path: `${shots}/h24-tom-proof-of-notice.png` })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      proof.getByRole('link', { name: 'Download as CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(
      `proof-of-notice-tom-version-${String(versionId)}.csv`,
    )
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'), {
      columns: true,
    }) as Array<Record<string, string>>
    expect(
      csv.map((r) => [r.change, r.company, r.change_title, r.channel, r.status, r.retried]).sort(),
    ).toEqual([
      [`tom-version:${String(versionId)}`, 'acme', 'TOM (2026-05-01)', 'email', 'delivered', 'no'],
      [
        `tom-version:${String(versionId)}`,
        'acme',
        'TOM (2026-05-01)',
        'webhook',
        'delivered',
        'yes',
      ],
    ])
    expect(csv.find((r) => r.channel === 'webhook')!.last_error).toBe('')
    expect(csv.every((r) => r.delivered_at && r.reference)).toBe(true)
    await page.context().close()
  })

  it('tells editors it is for legal', async () => {
    const page = await signedIn(editor.email)
    await page.goto(`${admin.url}/admin/collections/tom-versions/${String(versionId)}`)
    await page
      .locator('.proof-of-notice')
      .getByText('Only legal and admins see the proof of notice.')
      .waitFor({ timeout: 60_000 })
    expect(await page.locator('.proof-of-notice a').count()).toBe(0)
    await page.context().close()
  })
})
