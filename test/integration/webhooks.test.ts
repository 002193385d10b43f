import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sanitizeOptions } from '../../cms/plugin'
import { enqueueWebhooks } from '../../cms/plugin/webhooks/enqueue'
import { BlockedAddressError, postSigned } from '../../cms/plugin/webhooks/send'
import { requeueStrandedWebhooks } from '../../cms/plugin/webhooks/tasks'
import { parse as parseCsv } from 'csv-parse/sync'
import { runJobs as runQueue } from '../helpers/jobs'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { companyData, tomVersionData } from '../helpers/createData'

/**
 * Webhooks end to end against a real HTTP receiver on loopback that verifies signatures with the
 * `standardwebhooks` library: registration through the CMS endpoint, the verification challenge,
 * signed deliveries of subprocessor and TOM changes, exactly one per (event, endpoint), retries,
 * disabling an endpoint that keeps failing, the address guard, and a crash mid-delivery.
 */
let t: TestPayload
let smtp: TestSmtp
let receiver: WebhookReceiver
let post: (path: string, body: string, contentType?: string) => Promise<Response>
let companyId: number
let endpointId: string | number
const options = sanitizeOptions({ webhooks: { allowPrivateNetworks: true, allowHttp: true } })
const runJobs = () => runQueue(t.payload)
const ownerLink =
  /http:\/\/cms\.test\/api\/trust-center\/webhooks\/owner\/confirm\?token=([\w-]+)&locale=en/
const mailsTo = (address: string) =>
  smtp.mails.filter((m) => (m.to as { text: string }).text === address).map((m) => m.subject)
const deliveries = async () =>
  (
    await t.payload.find({
      collection: 'webhook-deliveries',
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs as unknown as Array<Record<string, unknown>>
let vendor = 0
const addSubprocessor = () =>
  t.payload.create({
    collection: 'subprocessors',
    data: {
      company: companyId,
      name: `Vendor ${++vendor} AG`,
      purpose: 'Hosting',
      locations: ['DE'],
      transferSafeguard: 'eu-eea',
      status: 'announced',
    },
  })

beforeAll(async () => {
  smtp = await startTestSmtp()
  receiver = await startWebhookReceiver()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_CMS_URL: 'http://cms.test',
    TRUSTCENTER_SITE_URL: 'http://site.test',
    TRUSTCENTER_WEBHOOKS_ALLOW_PRIVATE: '1',
    TRUSTCENTER_WEBHOOKS_ALLOW_HTTP: '1',
    TRUSTCENTER_WEBHOOKS_RETRY_DELAY_MS: '20',
    TRUSTCENTER_RETRY_DELAY_MS: '20',
  })
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const handler = routes.REST_POST(config)
  let client = 0
  post = (p, body, contentType = 'application/json') =>
    handler(
      new Request(`http://cms.test/api/${p}`, {
        method: 'POST',
        headers: { 'content-type': contentType, 'x-forwarded-for': `198.51.100.${++client}` },
        body,
      }),
      { params: Promise.resolve({ slug: p.split('/') }) },
    )
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme', noticePeriodDays: 30 }),
    })
  ).id
  // A mail subscriber as well: proof of notice covers both channels.
  await t.payload.create({
    collection: 'subscribers',
    data: {
      email: 'dpo@kunde.example',
      company: companyId,
      topics: ['subprocessors'],
      locale: 'de',
      status: 'confirmed',
    },
  })
})
afterAll(async () => {
  await t?.close()
  await receiver?.close()
  await smtp?.close()
})

describe('registration and verification', () => {
  it('registers an endpoint, shows the secret once, and keeps it unreadable through the API', async () => {
    const response = await post(
      'trust-center/webhooks',
      JSON.stringify({
        company: 'acme',
        url: receiver.url,
        topics: ['subprocessors', 'toms'],
        email: 'Risk@Kunde.example',
        locale: 'en',
      }),
    )
    expect(response.status).toBe(201)
    const body = (await response.json()) as { id: string; secret: string; status: string }
    expect(body.status).toBe('unverified')
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    receiver.setSecret(body.secret)
    endpointId = body.id
    const asAdmin = await t.payload.findByID({
      collection: 'webhook-endpoints',
      id: endpointId,
      overrideAccess: false,
      user: await createUser(t.payload, 'admin'),
    })
    expect(asAdmin).toMatchObject({
      url: receiver.url,
      status: 'unverified',
      ownerEmail: 'risk@kunde.example',
      ownerEmailStatus: 'pending',
    })
    expect(JSON.stringify(asAdmin)).not.toContain(body.secret.slice(6, 20))
    expect(JSON.stringify(asAdmin)).not.toContain('ownerConfirmTokenHash')
    // The owner's address is asked to confirm itself, in the registration's language.
    const mail = smtp.mails.at(-1)!
    expect(mail.subject).toBe('Please confirm: webhook at Acme')
    expect((mail.to as { text: string }).text).toBe('risk@kunde.example')
    expect(mail.text).toContain(receiver.url)
    expect(mail.text).toMatch(ownerLink)
  })

  it('answers a form post with a page that shows the secret', async () => {
    const response = await post(
      'trust-center/webhooks',
      new URLSearchParams([
        ['company', 'acme'],
        ['url', 'https://risk.example/hook'],
        ['topics', 'toms'],
        ['email', 'a@b.example'],
        ['locale', 'de'],
      ]).toString(),
      'application/x-www-form-urlencoded',
    )
    expect(response.status).toBe(201)
    const html = await response.text()
    expect(html).toMatch(/<code id="secret"[^>]*>whsec_/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    await t.payload.delete({
      collection: 'webhook-endpoints',
      where: { url: { equals: 'https://risk.example/hook' } },
    })
  })

  it('refuses what is not a URL, an unknown company and no topic', async () => {
    for (const body of [
      { company: 'acme', url: 'not a url', topics: ['toms'], email: 'a@b.example' },
      { company: 'nope', url: receiver.url, topics: ['toms'], email: 'a@b.example' },
      { company: 'acme', url: receiver.url, topics: [], email: 'a@b.example' },
      { company: 'acme', url: 'ftp://x.example/', topics: ['toms'], email: 'a@b.example' },
    ]) {
      expect(
        (await post('trust-center/webhooks', JSON.stringify(body))).status,
        JSON.stringify(body),
      ).toBe(400)
    }
  })

  it('sends nothing to an endpoint before it answered the challenge, and activates it after', async () => {
    await addSubprocessor() // published while the endpoint is unverified: not delivered to it
    expect(await deliveries()).toEqual([])
    await runJobs()
    const challenge = receiver.requests.find((r) => r.type === 'webhook.verification')!
    expect(challenge.verified).toBe(true)
    expect(challenge.data.challenge).toEqual(expect.any(String))
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: endpointId }),
    ).toMatchObject({ status: 'active', verifiedAt: expect.any(String) })
  })
})

describe('deliveries', () => {
  it('POSTs each material change once, signed per Standard Webhooks, with the notice dates', async () => {
    const sub = await addSubprocessor()
    await runJobs()
    const events = receiver.processed.filter((r) => r.type.startsWith('subprocessor.'))
    expect(events).toHaveLength(1)
    const [event] = events
    expect(event!.verified).toBe(true)
    expect(event!.type).toBe('subprocessor.added')
    const stored = (
      await t.payload.find({
        collection: 'subprocessor-events',
        where: { subprocessor: { equals: sub.id } },
      })
    ).docs[0] as unknown as {
      id: number
      announcedAt: string
      objectionDeadline: string
      effectiveAt: string
    }
    expect(event!.data).toMatchObject({
      id: String(stored.id),
      kind: 'added',
      subprocessor: sub.name,
      announcedAt: stored.announcedAt.slice(0, 10),
      objectionDeadline: stored.objectionDeadline.slice(0, 10),
      effectiveAt: stored.effectiveAt.slice(0, 10),
      url: `http://site.test/acme/subprocessors/#event-${String(stored.id)}`,
      company: { slug: 'acme', name: 'Acme' },
    })
    expect(Number(event!.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -2)
    expect(await deliveries()).toEqual([
      expect.objectContaining({
        eventKey: `subprocessor-event:${String(stored.id)}`,
        status: 'delivered',
        attempts: 1,
        responseStatus: 204,
      }),
    ])
  })

  it('editorial changes are not sent; a material TOM publication is', async () => {
    const before = receiver.requests.length
    const sub = (await t.payload.find({ collection: 'subprocessors', limit: 1 })).docs[0]!
    await t.payload.update({
      collection: 'subprocessors',
      id: sub.id,
      data: { purpose: 'Hosting (typo fixed)', changeKind: 'editorial' },
    })
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
    await runJobs()
    const fresh = receiver.requests.slice(before)
    expect(fresh.map((r) => r.type)).toEqual(['toms.published'])
    expect(fresh[0]!.data).toMatchObject({
      version: '2026-05-01',
      changeSummary: 'Neue Verschlüsselung',
      changes: 'http://site.test/acme/toms/2026-05-01/changes/',
    })
  })

  it('queues one delivery per (event, endpoint), however often the change is enqueued', async () => {
    const [first] = await deliveries()
    // A request as far as the queue reads it: a partial PayloadRequest on purpose.
    const req = { payload: t.payload, context: {} } as never
    expect(
      await enqueueWebhooks(req, options, {
        key: String(first!.eventKey),
        topic: 'subprocessors',
        companyId,
      }),
    ).toBe(0)
    await runJobs()
    expect((await deliveries()).filter((d) => d.eventKey === first!.eventKey)).toHaveLength(1)
    expect(
      receiver.processed.filter((r) => r.headers['webhook-id'] === first!.messageId),
    ).toHaveLength(1)
  })

  it('retries with backoff under the same webhook-id until the receiver takes it', async () => {
    receiver.failNext(2, 503)
    const before = receiver.requests.length
    await addSubprocessor()
    await runJobs()
    const attempts = receiver.requests.slice(before)
    expect(attempts).toHaveLength(3)
    expect(new Set(attempts.map((a) => a.id)).size).toBe(1)
    expect(attempts.every((a) => a.verified)).toBe(true)
    expect(receiver.processed.filter((r) => r.id === attempts[0]!.id)).toHaveLength(1)
    expect((await deliveries()).at(-1)).toMatchObject({ status: 'delivered', attempts: 3 })
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: endpointId }),
    ).toMatchObject({ status: 'active', failingSince: null })
  })
})

describe('a crash mid-delivery', () => {
  it('loses nothing, and the resend carries the same webhook-id, so the receiver processes it once', async () => {
    const hold = receiver.holdNext()
    await addSubprocessor()
    // The publication's fan-out job creates the delivery the second process will send:
    await t.payload.jobs.run({ where: { taskSlug: { equals: 'trustCenterFanOut' } } })
    const processedBefore = receiver.processed.length
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.resolve(import.meta.dirname, '../helpers/runJobsProcess.ts'),
        'trustCenterWebhookDeliver',
      ],
      { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await hold.arrived // the second CMS process has claimed the delivery and is sending it …
    child.kill('SIGKILL') // … and dies before it hears the answer
    await once(child, 'exit')
    hold.release()
    await new Promise((r) => setTimeout(r, 100))
    const stranded = (await deliveries()).at(-1)!
    expect(stranded.status).toBe('sending')
    await runJobs()
    expect((await deliveries()).at(-1)!.status).toBe('sending') // a claimed delivery is not sent blindly
    expect(
      await requeueStrandedWebhooks(t.payload, options, new Date(Date.now() + 20 * 60_000)),
    ).toBe(1)
    await runJobs()
    expect((await deliveries()).at(-1)).toMatchObject({ status: 'delivered' })
    const copies = receiver.requests.filter((r) => r.id === stranded.messageId)
    expect(copies).toHaveLength(2) // received before the crash, and again after it
    expect(copies[1]!.duplicate).toBe(true)
    expect(receiver.processed.slice(processedBefore).map((r) => r.id)).toEqual([stranded.messageId])
  })
})

describe('an endpoint failing for days', () => {
  const longAgo = new Date(Date.now() - 4 * 86_400_000).toISOString()
  it('is disabled, but an owner address nobody confirmed gets no mail', async () => {
    await t.payload.update({
      collection: 'webhook-endpoints',
      id: endpointId,
      data: { failingSince: longAgo },
    })
    receiver.failNext(1, 500)
    await addSubprocessor()
    await runJobs()
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: endpointId }),
    ).toMatchObject({ status: 'disabled', ownerEmailStatus: 'pending' })
    expect(mailsTo('risk@kunde.example')).toEqual(['Please confirm: webhook at Acme'])
    // Switched on again for the next test, as if it had been re-registered.
    await t.payload.update({
      collection: 'webhook-endpoints',
      id: endpointId,
      data: { status: 'active', disabledAt: null, failingSince: null },
    })
  })

  it("confirms the owner's address with the link in the mail (a GET alone confirms nothing)", async () => {
    const mail = smtp.mails.find((m) => m.subject === 'Please confirm: webhook at Acme')!
    const token = mail.text!.match(ownerLink)![1]!
    const config = (await import('../../cms/payload.config')).default
    const getHandler = (await import('@payloadcms/next/routes')).REST_GET(config)
    const path = `trust-center/webhooks/owner/confirm`
    const shown = await getHandler(
      new Request(`http://cms.test/api/${path}?token=${token}&locale=en`),
      { params: Promise.resolve({ slug: path.split('/') }) },
    )
    expect(await shown.text()).toContain(`value="${token}"`)
    // Staff cannot confirm it either: only the link does.
    await t.payload.update({
      collection: 'webhook-endpoints',
      id: endpointId,
      data: { ownerEmailStatus: 'confirmed', ownerEmail: 'someone@else.example' },
      overrideAccess: false,
      user: await createUser(t.payload, 'admin'),
    })
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: endpointId }),
    ).toMatchObject({ ownerEmailStatus: 'pending', ownerEmail: 'risk@kunde.example' })
    const wrong = await post(
      path,
      new URLSearchParams({ token: 'x' + token }).toString(),
      'application/x-www-form-urlencoded',
    )
    expect(wrong.status).toBe(400)
    const confirmed = await post(
      path,
      new URLSearchParams({ token, locale: 'en' }).toString(),
      'application/x-www-form-urlencoded',
    )
    expect(confirmed.status).toBe(200)
    expect(await confirmed.text()).toContain('Address confirmed')
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: endpointId }),
    ).toMatchObject({ ownerEmailStatus: 'confirmed', ownerConfirmedAt: expect.any(String) })
    expect((await post(path, JSON.stringify({ token }))).status).toBe(400) // the link works once
  })

  it('is disabled, its owner mailed, and nothing more is sent to it', async () => {
    await t.payload.update({
      collection: 'webhook-endpoints',
      id: endpointId,
      data: { failingSince: longAgo },
    })
    receiver.failNext(1, 500)
    const mails = smtp.mails.length
    await addSubprocessor()
    await runJobs()
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: endpointId }),
    ).toMatchObject({
      status: 'disabled',
      disabledAt: expect.any(String),
      lastError: 'HTTP 500: not now',
    })
    expect((await deliveries()).at(-1)).toMatchObject({ status: 'failed' })
    const mail = smtp.mails.slice(mails).find((m) => m.subject === 'Webhook disabled: Acme')
    expect((mail!.to as { text: string }).text).toBe('risk@kunde.example')
    expect(mail!.text).toContain(receiver.url)
    const before = receiver.requests.length
    await addSubprocessor()
    await runJobs()
    expect(receiver.requests.length).toBe(before)
  })
})

describe('unregistering', () => {
  // Another secret, whatever this one is (the old "last two characters set to A=" was the secret
  // itself one time in sixteen, and the test failed).
  const tampered = (secret: string) =>
    secret.replace(
      /^(whsec_)(.)/,
      (_, prefix: string, first: string) => prefix + (first === 'A' ? 'B' : 'A'),
    )

  it('takes the id and the secret; a wrong secret changes nothing', async () => {
    const registered = (await (
      await post(
        'trust-center/webhooks',
        JSON.stringify({
          company: 'acme',
          url: 'https://risk.example/other',
          topics: ['toms'],
          email: 'a@b.example',
        }),
      )
    ).json()) as { id: string; secret: string }
    expect(
      (
        await post(
          'trust-center/webhooks/unregister',
          JSON.stringify({ id: registered.id, secret: tampered(registered.secret) }),
        )
      ).status,
    ).toBe(404)
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: registered.id }),
    ).toMatchObject({ status: 'unverified' })
    const response = await post(
      'trust-center/webhooks/unregister',
      JSON.stringify({ id: registered.id, secret: registered.secret }),
    )
    expect(response.status).toBe(200)
    expect(
      await t.payload.findByID({ collection: 'webhook-endpoints', id: registered.id }),
    ).toMatchObject({ status: 'disabled', lastError: 'unregistered by its owner' })
  })
})

describe('the address guard', () => {
  const guarded = { allowPrivateNetworks: false, timeoutMs: 2000 }
  it('resolves the host at send time and refuses loopback, private and link-local addresses', async () => {
    const before = receiver.requests.length
    const port = new URL(receiver.url).port
    for (const url of [
      receiver.url,
      `http://localhost:${port}/hooks/trust-center`,
      `http://[::1]:${port}/`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
    ]) {
      await expect(
        postSigned(url, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_1', '{}', guarded),
        url,
      ).rejects.toBeInstanceOf(BlockedAddressError)
    }
    expect(receiver.requests.length).toBe(before)
  })

  it('refuses to register private addresses unless the operator allows them', async () => {
    const { webhookEndpoints } = await import('../../cms/plugin/webhooks/endpoints')
    const strict = webhookEndpoints(sanitizeOptions({}))
    const handler = strict.find((e) => e.method === 'post')!.handler
    for (const url of [
      receiver.url,
      'http://risk.example/hook',
      'https://localhost/hook',
      'https://[fe80::1]/x',
    ]) {
      const req = {
        headers: new Headers({ 'content-type': 'application/json' }),
        text: async () =>
          JSON.stringify({ company: 'acme', url, topics: ['toms'], email: 'a@b.example' }),
        payload: t.payload,
      }
      // a request as far as the handler reads it: partial on purpose
      await expect(handler(req as never), url).rejects.toMatchObject({ status: 400 })
    }
  })
})

describe('proof of notice', () => {
  let get: (p: string, role?: 'legal' | 'editor') => Promise<Response>
  beforeAll(async () => {
    const config = (await import('../../cms/payload.config')).default
    const handler = (await import('@payloadcms/next/routes')).REST_GET(config)
    get = async (p, role) => {
      const headers: Record<string, string> = {}
      if (role) {
        const user = (await createUser(t.payload, role)) as unknown as { email: string }
        headers.authorization = `JWT ${(await t.payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery' } })).token}`
      }
      return handler(new Request(`http://cms.test/api/${p}`, { headers }), {
        params: Promise.resolve({ slug: p.split('?')[0]!.split('/') }),
      })
    }
  })

  it('lists per change who was told when and how, by mail and webhook, with retries and failures, as CSV', async () => {
    smtp.refuseNext(1)
    const sub = await addSubprocessor() // the endpoint is disabled by now: a mail only, retried once
    await runJobs()
    const all = await deliveries()
    const firstKey = String(all[0]!.eventKey)
    const rows = async (event: string) =>
      parseCsv(await (await get(`trust-center/notices.csv?event=${event}`, 'legal')).text(), {
        columns: true,
      }) as Array<Record<string, string>>
    const first = await rows(firstKey)
    expect(
      first.map((r) => [r.channel, r.recipient, r.status, r.attempts, r.retried]).sort(),
    ).toEqual([
      ['email', 'dpo@kunde.example', 'delivered', '1', 'no'],
      ['webhook', receiver.url, 'delivered', '1', 'no'],
    ])
    expect(first.every((r) => r.delivered_at && r.queued_at && r.reference)).toBe(true)
    expect(first.every((r) => r.company === 'acme' && /^Vendor \d+ AG/.test(r.change_title!))).toBe(
      true,
    )
    const retried = (await rows(String(all[2]!.eventKey))).find((r) => r.channel === 'webhook')!
    expect(retried).toMatchObject({ status: 'delivered', attempts: '3', retried: 'yes' })
    const failed = (await rows(String(all.at(-1)!.eventKey))).find((r) => r.channel === 'webhook')!
    expect(failed).toMatchObject({
      status: 'failed',
      last_error: 'HTTP 500: not now',
      delivered_at: '',
    })
    const event = (
      await t.payload.find({
        collection: 'subprocessor-events',
        where: { subprocessor: { equals: sub.id } },
      })
    ).docs[0]!
    const mailOnly = await rows(`subprocessor-event:${String(event.id)}`)
    expect(mailOnly).toMatchObject([
      {
        channel: 'email',
        recipient: 'dpo@kunde.example',
        status: 'delivered',
        attempts: '2',
        retried: 'yes',
      },
    ])
    expect(mailOnly[0]!.last_error).toBe('')
  })

  it('covers TOM versions too, each change named by company and title', async () => {
    const version = (
      await t.payload.find({
        collection: 'tom-versions',
        where: { version: { equals: '2026-05-01' } },
      })
    ).docs[0]!
    const response = await get(`trust-center/notices.csv?event=tom-version:${version.id}`, 'legal')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="proof-of-notice-tom-version-${version.id}.csv"`,
    )
    const rows = parseCsv(await response.text(), { columns: true }) as Array<Record<string, string>>
    expect(rows).toEqual([
      {
        change: `tom-version:${version.id}`,
        company: 'acme',
        change_title: 'TOM (2026-05-01)',
        channel: 'webhook',
        recipient: receiver.url,
        status: 'delivered',
        attempts: '1',
        retried: 'no',
        queued_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        last_attempt_at: expect.stringMatching(/^\d{4}-/),
        delivered_at: expect.stringMatching(/^\d{4}-/),
        reference: `msg_tom-version_${version.id}_${endpointId}`,
        last_error: '',
      },
    ])
    // The mail subscriber follows subprocessors only: nobody else was due this notice.
  })

  it('is for legal and admins only', async () => {
    expect((await get('trust-center/notices.csv', 'editor')).status).toBe(403)
    expect((await get('trust-center/notices.json')).status).toBe(403)
    expect((await get('trust-center/notices.json?event=nonsense', 'legal')).status).toBe(400)
  })
})
