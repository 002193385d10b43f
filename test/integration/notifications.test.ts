import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { launchChromium } from '../helpers/chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ParsedMail } from 'mailparser'
import { runJobs as runQueue } from '../helpers/jobs'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { oneMeasure } from '../helpers/tomSections'
import { companyData, subscriberData, tomVersionData } from '../helpers/createData'

/**
 * Subscriptions and TOM change mails against a real SMTP server on loopback: double opt-in,
 * one mail per material publication and subscriber, none for editorial changes, none after
 * unsubscribing, retries after SMTP refusals without duplicates.
 */
let t: TestPayload

/** A mail (its HTML part) or a CMS page as Chromium shows it, for docs/screenshots. */
async function screenshotMail(html: string, name: string) {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 700, height: 600 } })
    await page.setContent(html)
    const out = path.resolve(import.meta.dirname, '../../docs/screenshots', name)
    mkdirSync(path.dirname(out), { recursive: true })
    await page.screenshot({ path: out, fullPage: true })
    expect(statSync(out).size).toBeGreaterThan(5_000)
  } finally {
    await browser.close()
  }
}
let smtp: TestSmtp
let post: (
  path: string,
  body: string,
  contentType?: string,
  headers?: Record<string, string>,
) => Promise<Response>
let get: (path: string) => Promise<Response>
let companyId: number
const sections = oneMeasure
let day = 1

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    TRUSTCENTER_RETRY_DELAY_MS: '50',
    TRUSTCENTER_CMS_URL: 'http://cms.test',
    TRUSTCENTER_SITE_URL: 'http://site.test',
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_TRUSTED_PROXIES: '127.0.0.1',
  }) // the test's x-forwarded-for stands for what a proxy wrote
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const [postHandler, getHandler] = [routes.REST_POST(config), routes.REST_GET(config)]
  const slug = (path: string) => ({
    params: Promise.resolve({ slug: path.split('?')[0]!.split('/') }),
  })
  // Each request from its own client (a documentation address), unless a test says otherwise.
  let client = 0
  post = (path, body, contentType = 'application/json', headers = {}) =>
    postHandler(
      new Request(`http://cms.test/api/${path}`, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'x-forwarded-for': `192.0.2.${++client % 250}`,
          ...headers,
        },
        body,
      }),
      slug(path),
    )
  get = (path) => getHandler(new Request(`http://cms.test/api/${path}`), slug(path))
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme', brand: { accent: '#8a1c7c' } }),
    })
  ).id
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

async function publish(changeKind: 'material' | 'editorial') {
  const date = `2026-0${day++}-01`
  return t.payload.create({
    collection: 'tom-versions',
    data: tomVersionData({
      company: companyId,
      title: 'TOM',
      effectiveDate: date,
      status: 'published',
      changeKind,
      changeSummary: `Änderung ${date}`,
      sections: sections(`Maßnahme ${date}`),
    }),
  })
}
const runJobs = () => runQueue(t.payload)
const linkIn = (mail: ParsedMail, pattern: RegExp) => mail.text!.match(pattern)![0]
/** A raw header value, as the mail client sees it. */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '')
const subscriber = async (email: string) =>
  (await t.payload.find({ collection: 'subscribers', where: { email: { equals: email } } }))
    .docs[0] as unknown as Record<string, unknown>

describe('double opt-in', () => {
  it('answers the same for a new address and a confirmed one, and sends a confirmation link', async () => {
    const response = await post(
      'trust-center/subscribe',
      JSON.stringify({
        email: 'dpo@kunde.example',
        company: 'acme',
        topics: ['toms'],
        locale: 'de',
      }),
    )
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({
      message: 'Please check your inbox and confirm the subscription.',
    })
    await runJobs() // the request only queued the work; the queue stores and mails
    expect(smtp.mails).toHaveLength(1)
    expect(smtp.mails[0]!.subject).toBe('Bitte bestätigen: Änderungen bei Acme')
    expect(await subscriber('dpo@kunde.example')).toMatchObject({
      status: 'pending',
      topics: ['toms'],
    })
    expect(JSON.stringify(await subscriber('dpo@kunde.example'))).not.toContain(
      linkIn(smtp.mails[0]!, /token=[\w-]+/).slice(6),
    ) // stored hashed
  })

  it('confirms with the link from the mail (GET only shows a button, POST confirms)', async () => {
    const token = linkIn(smtp.mails[0]!, /token=[\w-]+/).slice('token='.length)
    expect(
      linkIn(smtp.mails[0]!, /http:\/\/cms\.test\/api\/trust-center\/confirm\?token=[\w-]+/),
    ).toBeTruthy()
    const page = await get(`trust-center/confirm?token=${token}`)
    expect(await page.text()).toContain('<form method="post"')
    expect((await subscriber('dpo@kunde.example')).status).toBe('pending')
    const confirmed = await post(
      'trust-center/confirm',
      `token=${token}`,
      'application/x-www-form-urlencoded',
    )
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('http://site.test/subscription/confirmed/')
    expect((await subscriber('dpo@kunde.example')).status).toBe('confirmed')
    const replay = await post(
      'trust-center/confirm',
      `token=${token}`,
      'application/x-www-form-urlencoded',
    )
    expect(replay.headers.get('location')).toBe('http://site.test/subscription/invalid/')
  })

  it('gives a confirmed address the same answer and no mail', async () => {
    const before = smtp.mails.length
    const response = await post(
      'trust-center/subscribe',
      JSON.stringify({ email: 'dpo@kunde.example', company: 'acme', topics: ['toms'] }),
    )
    expect(response.status).toBe(202)
    await runJobs()
    expect(smtp.mails).toHaveLength(before)
    expect((await subscriber('dpo@kunde.example')).status).toBe('confirmed')
  })

  it('refuses bad input with a 4xx and stores nothing', async () => {
    const before = await t.payload.count({ collection: 'subscribers' })
    const cases: Array<[string, string, number]> = [
      [JSON.stringify({ email: 'not-an-address', company: 'acme' }), 'application/json', 400],
      [
        JSON.stringify({ email: 'a@b.example\r\nBcc: victim@x.example', company: 'acme' }),
        'application/json',
        400,
      ],
      [JSON.stringify({ email: 'a@b.example', company: 'nope' }), 'application/json', 400],
      [
        JSON.stringify({ email: 'a@b.example', company: 'acme', topics: ['spam'] }),
        'application/json',
        400,
      ],
      ['{"email": ', 'application/json', 400],
      [
        JSON.stringify({ email: 'a@b.example', company: 'acme', pad: 'x'.repeat(5000) }),
        'application/json',
        413,
      ],
      ['email=a@b.example', 'text/plain', 415],
    ]
    for (const [body, type, status] of cases)
      expect((await post('trust-center/subscribe', body, type)).status, body.slice(0, 60)).toBe(
        status,
      )
    expect(await t.payload.count({ collection: 'subscribers' })).toEqual(before)
  })

  it('an expired confirmation link changes nothing', async () => {
    await post(
      'trust-center/subscribe',
      JSON.stringify({ email: 'late@kunde.example', company: 'acme', topics: ['toms'] }),
    )
    await runJobs()
    const token = linkIn(smtp.mails.at(-1)!, /token=[\w-]+/).slice('token='.length)
    const late = await subscriber('late@kunde.example')
    await t.payload.update({
      collection: 'subscribers',
      id: late.id as string,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const response = await post('trust-center/confirm', JSON.stringify({ token }))
    expect(response.status).toBe(400)
    expect((await subscriber('late@kunde.example')).status).toBe('pending')
  })

  it('limits confirmation mails per address, with the same answer', async () => {
    const before = smtp.mails.length
    for (let i = 0; i < 5; i++)
      expect(
        (
          await post(
            'trust-center/subscribe',
            JSON.stringify({ email: 'flood@kunde.example', company: 'acme', topics: ['toms'] }),
          )
        ).status,
      ).toBe(202)
    await runJobs()
    expect(smtp.mails.length - before).toBe(3) // at most 3 per address and hour
  })

  it('limits requests per client with a 429', async () => {
    const same = { 'x-forwarded-for': '198.51.100.7' }
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push(
        (
          await post(
            'trust-center/subscribe',
            JSON.stringify({ email: `c${i}@kunde.example`, company: 'acme' }),
            'application/json',
            same,
          )
        ).status,
      )
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202))
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  it("answers a plain form post with a redirect to the site, in the reader's language throughout", async () => {
    // another company, so that confirming here adds no recipient to the change mails tested below
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Beta', slug: 'beta' }),
    })
    const response = await post(
      'trust-center/subscribe',
      'email=form%40kunde.example&company=beta&topics=toms&topics=subprocessors&locale=en',
      'application/x-www-form-urlencoded',
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://site.test/en/subscription/pending/')
    await runJobs()
    expect(await subscriber('form@kunde.example')).toMatchObject({
      topics: ['toms', 'subprocessors'],
      locale: 'en',
      status: 'pending',
    })
    // the English mail's link opens an English button page, and confirming lands on the English result page
    const mail = smtp.mails.find(
      (m) => m.to && JSON.stringify(m.to).includes('form@kunde.example'),
    )!
    expect(mail.subject).toMatch(/^Please confirm/)
    const link = new URL(linkIn(mail, /http:\/\/cms\.test\/api\/trust-center\/confirm\?\S+/))
    expect(link.searchParams.get('locale')).toBe('en')
    const buttonPage = await (await get(`trust-center/confirm${link.search}`)).text()
    expect(buttonPage).toContain('<html lang="en">')
    expect(buttonPage).toContain('<input type="hidden" name="locale" value="en">')
    await screenshotMail(String(mail.html), 'mail-confirmation.png')
    await screenshotMail(buttonPage, 'cms-confirm-page.png') // the CMS's page in the site's design
    const confirmed = await post(
      'trust-center/confirm',
      `token=${link.searchParams.get('token')}&locale=en`,
      'application/x-www-form-urlencoded',
    )
    expect(confirmed.headers.get('location')).toBe('http://site.test/en/subscription/confirmed/')
    const replay = await post(
      'trust-center/confirm',
      `token=${link.searchParams.get('token')}&locale=en`,
      'application/x-www-form-urlencoded',
    )
    expect(replay.headers.get('location')).toBe('http://site.test/en/subscription/invalid/')
  })

  it('answers a confirmed, a pending and an unknown address alike (medians printed)', async () => {
    const N = 30
    // A company of its own, so these subscribers get none of the change mails tested below.
    const timing = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Timing', slug: 'timing' }),
    })
    for (let i = 0; i < N; i++)
      for (const status of ['confirmed', 'pending'] as const)
        await t.payload.create({
          collection: 'subscribers',
          data: subscriberData({
            email: `${status}-${i}@timing.example`,
            company: timing.id,
            topics: ['toms'],
            status,
            consentAt: new Date().toISOString(),
          }),
        })
    const answers = new Map<string, { ms: number[]; bodies: Set<string> }>()
    let client = 0
    // Interleaved, each address once and each request from its own client, so neither limit applies.
    for (let i = 0; i < N; i++)
      for (const state of ['confirmed', 'pending', 'unknown']) {
        const started = performance.now()
        const response = await post(
          'trust-center/subscribe',
          JSON.stringify({
            email: `${state}-${i}@timing.example`,
            company: 'timing',
            topics: ['toms'],
          }),
          'application/json',
          { 'x-forwarded-for': `192.0.2.${++client % 250}, 198.18.${client >> 8}.${client & 255}` },
        )
        const ms = performance.now() - started
        const entry = answers.get(state) ?? { ms: [], bodies: new Set<string>() }
        entry.ms.push(ms)
        entry.bodies.add(`${response.status} ${await response.text()}`)
        answers.set(state, entry)
      }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    console.log(
      `subscribe medians over ${N} requests each: ` +
        [...answers].map(([state, a]) => `${state} ${median(a.ms).toFixed(1)} ms`).join(', '),
    )
    const bodies = [...answers.values()].map((a) => [...a.bodies])
    expect(bodies.every((b) => b.length === 1 && b[0] === bodies[0]![0])).toBe(true)
    expect(bodies[0]![0]).toMatch(/^202 /)
    await runJobs()
  })

  it('allows cross-origin requests from the site only', async () => {
    const fromSite = await post(
      'trust-center/subscribe',
      JSON.stringify({ email: 'x@kunde.example', company: 'acme' }),
      'application/json',
      { origin: 'http://site.test' },
    )
    expect(fromSite.headers.get('access-control-allow-origin')).toBe('http://site.test')
    const fromElsewhere = await post(
      'trust-center/subscribe',
      JSON.stringify({ email: 'y@kunde.example', company: 'acme' }),
      'application/json',
      { origin: 'http://evil.test' },
    )
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('notifications of TOM changes', () => {
  const changeMails = () =>
    smtp.mails.filter((m) => m.subject?.startsWith('Acme: neue TOM-Version'))

  it('sends exactly one mail per confirmed subscriber for a material change', async () => {
    await publish('material')
    await runJobs()
    await runJobs() // running again sends nothing twice
    expect(changeMails()).toHaveLength(1)
    const mail = changeMails()[0]!
    expect(mail.to).toMatchObject({ text: 'dpo@kunde.example' })
    expect(mail.subject).toBe('Acme: neue TOM-Version 2026-01-01 (gültig ab 1. Januar 2026)')
    expect(mail.text).toContain('http://site.test/acme/toms/2026-01-01/changes/')
    expect(mail.html).toContain('<a href="http://site.test/acme/toms/2026-01-01/changes/"')
    // HTML in the company's design (its name on a bar in its accent colour), the plain-text part kept
    expect(mail.html).toMatch(/background:#8a1c7c;color:#ffffff[^>]*>Acme</)
    expect(mail.text).toContain('Acme hat eine neue Fassung')
    await screenshotMail(String(mail.html), 'mail-tom-change.png')
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(header(mail, 'List-Unsubscribe')).toMatch(
      /^<http:\/\/cms\.test\/api\/trust-center\/unsubscribe\?id=.+&token=.+>$/,
    )
    const deliveries = await t.payload.find({ collection: 'notification-deliveries' })
    expect(deliveries.docs).toMatchObject([{ status: 'sent', attempts: 1 }])
  })

  it('sends nothing for an editorial change', async () => {
    const before = changeMails().length
    await publish('editorial')
    await runJobs()
    expect(changeMails()).toHaveLength(before)
  })

  it('retries after SMTP refusals and still delivers exactly one mail', async () => {
    const before = changeMails().length
    smtp.refuseNext(2)
    await publish('material')
    await runJobs()
    expect(changeMails()).toHaveLength(before + 1)
    const delivery = (
      await t.payload.find({ collection: 'notification-deliveries', sort: '-createdAt', limit: 1 })
    ).docs[0] as unknown as Record<string, unknown>
    expect(delivery).toMatchObject({ status: 'sent', attempts: 3 })
  })

  it('one-click unsubscribe (RFC 8058) stops further mails', async () => {
    const url = new URL(header(changeMails()[0]!, 'List-Unsubscribe')!.slice(1, -1))
    const response = await post(
      `trust-center/unsubscribe${url.search}`,
      'List-Unsubscribe=One-Click',
      'application/x-www-form-urlencoded',
    )
    expect(response.status).toBe(200)
    expect((await subscriber('dpo@kunde.example')).status).toBe('unsubscribed')
    const forged = await post(
      `trust-center/unsubscribe?id=${url.searchParams.get('id')}&token=AAAA`,
      'List-Unsubscribe=One-Click',
      'application/x-www-form-urlencoded',
    )
    expect(forged.status).toBe(400)
    const before = changeMails().length
    await publish('material')
    await runJobs()
    expect(changeMails()).toHaveLength(before)
  })
})
