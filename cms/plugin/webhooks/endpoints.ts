import { randomBytes, timingSafeEqual } from 'node:crypto'
import { isIP } from 'node:net'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { isPublicAddress } from '@trust-center/core/publicAddress'
import { WEBHOOK_TOPICS } from '../collections/webhookEndpoints'
import { createRateLimiter } from '../notifications/rateLimit'
import { readPublicForm, readSmallBody } from '../notifications/requestBody'
import type { SanitizedTrustCenterOptions } from '../types'
import { WEBHOOK_VERIFY_TASK } from './enqueue'
import { requestOwnerConfirmation } from './ownerOptIn'
import { escapeHtml } from '../utilities/html'
import { RequestRefused } from '../http/refused'

/**
 * POST /api/trust-center/webhooks: a customer registers an endpoint for a company's changes. The
 * answer shows the signing secret once (an HTML page for the site's form, JSON otherwise); the
 * endpoint then gets the verification challenge and receives events only after answering it.
 * POST /api/trust-center/webhooks/unregister {id, secret} turns it off again. The owner's address
 * is asked to confirm itself (ownerOptIn.ts) before the CMS writes to it.
 */
const perClient = createRateLimiter('webhook', 10, 60_000)
const clientKey = (req: PayloadRequest) =>
  req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
  req.headers.get('x-real-ip') ||
  'local'

const registerWebhookSchema = z.object({
  company: z.string().min(1).max(200),
  url: z.string().trim().max(2000).pipe(z.url()),
  topics: z.preprocess(
    (v) => (typeof v === 'string' ? [v] : v),
    z.array(z.enum(WEBHOOK_TOPICS)).min(1, 'choose at least one topic'),
  ),
  email: z.string().trim().max(320).pipe(z.email()),
  locale: z.enum(['de', 'en']).default('de'),
})

/** Refuses URLs deliveries could never go to; the address check proper happens at send time. */
function checkUrl(raw: string, options: SanitizedTrustCenterOptions): string | null {
  const url = new URL(raw)
  if (url.protocol !== 'https:' && !(options.webhooks.allowHttp && url.protocol === 'http:'))
    return 'url: must be an https:// URL'
  if (url.username || url.password) return 'url: must not contain credentials'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (
    !options.webhooks.allowPrivateNetworks &&
    ((isIP(host) && !isPublicAddress(host)) || host === 'localhost' || host.endsWith('.localhost'))
  )
    return 'url: must be on the public internet'
  return null
}

function secretPage(
  locale: 'de' | 'en',
  args: { url: string; secret: string; id: string | number },
) {
  const de = locale === 'de'
  const title = de
    ? 'Webhook registriert – Geheimnis jetzt sichern'
    : 'Webhook registered – save the secret now'
  const body = de
    ? `<p>Endpunkt: <code>${escapeHtml(args.url)}</code> (ID ${escapeHtml(String(args.id))})</p><p>Signaturgeheimnis (wird <strong>nur jetzt</strong> angezeigt):</p><p><code id="secret" style="word-break:break-all">${escapeHtml(args.secret)}</code></p><p>Ihr Endpunkt erhält gleich eine Anfrage vom Typ <code>webhook.verification</code>; er muss mit Status 2xx antworten und den Wert <code>data.challenge</code> im Antworttext zurückgeben. Erst danach werden Änderungen zugestellt. Prüfen Sie jede Zustellung nach dem Standard-Webhooks-Verfahren (Header <code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>).</p>`
    : `<p>Endpoint: <code>${escapeHtml(args.url)}</code> (ID ${escapeHtml(String(args.id))})</p><p>Signing secret (shown <strong>only now</strong>):</p><p><code id="secret" style="word-break:break-all">${escapeHtml(args.secret)}</code></p><p>Your endpoint will shortly receive a <code>webhook.verification</code> request; it must answer with a 2xx status and echo <code>data.challenge</code> in the response body. Changes are delivered only after that. Verify every delivery per Standard Webhooks (headers <code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>).</p>`
  return new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    {
      status: 201,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      },
    },
  )
}

/** The secret proves ownership of an endpoint: whoever registered it, and nobody else, has it. */
const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

type Cors = (req: PayloadRequest) => Record<string, string>

/** The site's own origin may call these endpoints from the browser. */
const corsFor =
  (options: SanitizedTrustCenterOptions): Cors =>
  (req): Record<string, string> => {
    const origin = req.headers.get('origin')
    return origin && origin === new URL(options.notifications.siteUrl).origin
      ? { 'access-control-allow-origin': origin, vary: 'Origin' }
      : {}
  }

/** Registers an endpoint, asks its owner to confirm and queues the verification challenge. */
const register =
  (options: SanitizedTrustCenterOptions, cors: Cors): Endpoint['handler'] =>
  async (req) => {
    const parsed = await readPublicForm(req, registerWebhookSchema, () =>
      perClient.allow(req.payload, options, clientKey(req)),
    )
    const isForm = parsed.isForm
    const { company: slug, url, topics, email, locale } = parsed.data
    const refused = checkUrl(url, options)
    if (refused) throw new RequestRefused(refused, 400)
    const company = (
      await req.payload.find({
        collection: options.slugs.companies,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        req,
      })
    ).docs[0]
    if (!company) throw new RequestRefused('company: unknown company', 400)
    const secret = `whsec_${randomBytes(32).toString('base64')}`
    const endpoint = await req.payload.create({
      collection: options.slugs.webhookEndpoints,
      data: {
        url,
        company: company.id,
        topics,
        ownerEmail: email.toLowerCase(),
        ownerEmailStatus: 'pending',
        locale,
        status: 'unverified',
        secret,
      },
      overrideAccess: true,
      req,
    })
    await requestOwnerConfirmation(
      req,
      options,
      { id: endpoint.id, url, ownerEmail: email.toLowerCase(), locale },
      String(company.name),
    )
    await req.payload.jobs.queue({
      task: WEBHOOK_VERIFY_TASK,
      input: { endpointId: String(endpoint.id) },
      req,
    })
    if (isForm) return secretPage(locale, { url, secret, id: endpoint.id })
    return Response.json(
      {
        id: endpoint.id,
        status: 'unverified',
        secret,
        message:
          'Save the secret now; it is not shown again. Answer the webhook.verification request by echoing data.challenge.',
      },
      { status: 201, headers: { ...cors(req), 'cache-control': 'no-store' } },
    )
  }

/** The customer removes an endpoint it registered, proving ownership with the secret. */
const unregister =
  (options: SanitizedTrustCenterOptions, cors: Cors): Endpoint['handler'] =>
  async (req) => {
    const { data } = await readSmallBody(req)
    if (!(await perClient.allow(req.payload, options, clientKey(req))))
      throw new RequestRefused('Too many requests; try again in a minute.', 429)
    const id = typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id) : ''
    const secret = typeof data.secret === 'string' ? data.secret : ''
    const endpoint = /^[\w-]{1,64}$/.test(id)
      ? (
          await req.payload.find({
            collection: options.slugs.webhookEndpoints,
            where: { id: { equals: id } },
            overrideAccess: true,
            showHiddenFields: true,
            depth: 0,
            limit: 1,
            req,
          })
        ).docs[0]
      : undefined
    if (!endpoint || !secret || !sameSecret(endpoint.secret, secret))
      throw new RequestRefused('Unknown endpoint or wrong secret.', 404)
    await req.payload.update({
      collection: options.slugs.webhookEndpoints,
      id: endpoint.id,
      data: {
        status: 'disabled',
        disabledAt: new Date().toISOString(),
        lastError: 'unregistered by its owner',
      },
      overrideAccess: true,
      req,
    })
    return Response.json(
      { id: endpoint.id, status: 'disabled', message: 'The endpoint receives nothing more.' },
      { headers: cors(req) },
    )
  }

export function webhookEndpoints(options: SanitizedTrustCenterOptions): Endpoint[] {
  const cors = corsFor(options)
  const preflight: Endpoint['handler'] = (req) =>
    new Response(null, {
      status: 204,
      headers: {
        ...cors(req),
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
      },
    })
  return [
    { path: '/trust-center/webhooks', method: 'options', handler: preflight },
    { path: '/trust-center/webhooks', method: 'post', handler: register(options, cors) },
    {
      path: '/trust-center/webhooks/unregister',
      method: 'post',
      handler: unregister(options, cors),
    },
  ]
}
