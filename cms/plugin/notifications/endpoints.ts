import type { Endpoint, PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import type { Locale } from '../translations/language'
import { createRateLimiter } from './rateLimit'
import { readPublicForm, readSmallBody } from './requestBody'
import { clientAddress } from '../http/clientAddress'
import { subscribeRequestSchema } from './subscriptionSchema'
import { hashToken, verifyUnsubscribeToken } from './tokens'
import { escapeHtml } from '../utilities/html'
import { queueSubscription } from './subscribeTask'
import { createCompanyLookup } from './companyLookup'
import { RequestRefused } from '../http/refused'

/**
 * POST /api/trust-center/subscribe, GET+POST /api/trust-center/confirm, GET+POST
 * /api/trust-center/unsubscribe. Plain form posts work without JavaScript (answered with a
 * redirect to the site); JSON gets JSON. The answer never tells whether an address is known.
 */
const perClient = createRateLimiter('subscribe', 10, 60_000)
const perAddress = createRateLimiter('subscribe-address', 3, 3600_000)

/** The site's look (site/styles/site.css tokens) for the CMS's few public pages: confirm and unsubscribe. */
const PAGE_STYLE = `:root{--bg:#f7f8fa;--surface:#fff;--fg:#1a1f26;--muted:#525c68;--line:#dde2e8;--accent:#0b5cab;--on-accent:#fff;color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.55}
@media (prefers-color-scheme:dark){:root{--bg:#111418;--surface:#181c22;--fg:#e7eaee;--muted:#a6b0bc;--line:#2e353e;--accent:#7ab7ff;--on-accent:#111418}}
body{margin:0;background:var(--bg);color:var(--fg)}header{display:flex;gap:.5rem;align-items:center;padding:.75rem clamp(1rem,4vw,3rem);background:var(--surface);border-top:4px solid var(--accent);border-bottom:1px solid var(--line);font-weight:700;font-size:1.2rem}
.mark{width:1.2rem;height:1.4rem;background:var(--accent);clip-path:polygon(50% 0,100% 15%,100% 50%,50% 100%,0 50%,0 15%)}
main{max-width:36rem;margin:3rem auto;padding:1.5rem 2rem 2rem;background:var(--surface);border:1px solid var(--line);border-radius:.5rem}h1{font-size:1.6rem;line-height:1.25;margin:0 0 1rem}p{color:var(--muted)}
button{font:inherit;font-weight:600;min-height:2.5rem;padding:.5rem 1rem;border-radius:.3rem;border:1px solid var(--accent);background:var(--accent);color:var(--on-accent);cursor:pointer}:focus-visible{outline:3px solid var(--accent);outline-offset:2px}`

const page = (locale: Locale, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Trust Center</title><style>${PAGE_STYLE}</style></head><body><header><span class="mark" aria-hidden="true"></span>Trust Center</header><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      },
    },
  )

function cors(req: PayloadRequest, options: SanitizedTrustCenterOptions): Record<string, string> {
  const origin = req.headers.get('origin')
  return origin && origin === new URL(options.notifications.siteUrl).origin
    ? { 'access-control-allow-origin': origin, vary: 'Origin' }
    : {}
}

/** The reader's language: a form or link says it; German (the site's default) otherwise. */
const localeOf = (value: unknown): Locale => (value === 'en' ? 'en' : 'de')

/** A form post is sent on to the site's result page in the reader's language; JSON gets JSON. */
function answer(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  isForm: boolean,
  sitePath: string,
  status: number,
  message: string,
  locale: Locale,
): Response {
  if (isForm)
    return new Response(null, {
      status: 303,
      headers: {
        location: `${options.notifications.siteUrl}${locale === 'en' ? '/en' : ''}${sitePath}`,
      },
    })
  return Response.json({ message }, { status, headers: cors(req, options) })
}

/** How long a company's slug → id is remembered by the subscribe endpoint (companyLookup.ts). */
const COMPANY_TTL_MS = 10_000

/** The site's subscribe form may post from the browser. */
const preflight =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  (req) =>
    new Response(null, {
      status: 204,
      headers: {
        ...cors(req, options),
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
      },
    })

/** Queues the subscription; the answer is the same whether the address is known or not. */
const subscribe =
  (
    options: SanitizedTrustCenterOptions,
    companyId: ReturnType<typeof createCompanyLookup>,
  ): Endpoint['handler'] =>
  async (req) => {
    const parsed = await readPublicForm(req, subscribeRequestSchema, () =>
      perClient.allow(req.payload, options, clientAddress(req.headers, options.trustedProxies)),
    )
    const isForm = parsed.isForm
    const { email, company: slug, topics, locale } = parsed.data
    const company = await companyId(req, slug)
    if (company === undefined) throw new RequestRefused('company: unknown company', 400)
    const done = () =>
      answer(
        req,
        options,
        isForm,
        '/subscription/pending/',
        202,
        'Please check your inbox and confirm the subscription.',
        locale,
      )
    if (!(await perAddress.allow(req.payload, options, `${email.toLowerCase()}|${company}`)))
      return done() // same answer; nothing sent

    // Whatever the address's state, the request does the same work — one queued job — and
    // gets the same answer; the job decides what to store and send (subscribeTask.ts).
    await queueSubscription(req, {
      email: email.toLowerCase(),
      companyId: company,
      topics,
      locale,
    })
    return done()
  }

/** A GET only shows a button: mail scanners that open links must not confirm anything. */
const confirmPage =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  (req) => {
    const token = String(req.searchParams.get('token') ?? '')
    const locale = localeOf(req.searchParams.get('locale'))
    const [title, button] =
      locale === 'en'
        ? ['Confirm subscription', 'Confirm']
        : ['Abonnement bestätigen', 'Bestätigen']
    return page(
      locale,
      title,
      `<form method="post" action="${escapeHtml(`${options.notifications.cmsUrl}/api/trust-center/confirm`)}"><input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="locale" value="${locale}"><button type="submit">${button}</button></form>`,
    )
  }

/** Confirms a pending subscription whose token is valid and not expired. */
const confirm =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  async (req) => {
    const { data, isForm } = await readSmallBody(req)
    const token = typeof data.token === 'string' ? data.token : ''
    const found = token
      ? (
          await req.payload.find({
            collection: options.slugs.subscribers,
            where: { confirmTokenHash: { equals: hashToken(token) } },
            limit: 1,
            depth: 0,
            req,
          })
        ).docs[0]
      : undefined
    const locale = localeOf(found?.locale ?? data.locale)
    if (
      !found ||
      found.status !== 'pending' ||
      !found.confirmTokenExpiresAt ||
      new Date(found.confirmTokenExpiresAt).getTime() < Date.now()
    ) {
      return answer(
        req,
        options,
        isForm,
        '/subscription/invalid/',
        400,
        'This confirmation link is invalid or has expired; please subscribe again.',
        locale,
      )
    }
    await req.payload.update({
      collection: options.slugs.subscribers,
      id: found.id,
      data: {
        status: 'confirmed',
        confirmedAt: new Date().toISOString(),
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
      },
      req,
    })
    return answer(
      req,
      options,
      isForm,
      '/subscription/confirmed/',
      200,
      'Subscription confirmed.',
      locale,
    )
  }

/** A GET only shows a button, as for confirming. */
const unsubscribePage =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  (req) => {
    const id = String(req.searchParams.get('id') ?? '')
    const token = String(req.searchParams.get('token') ?? '')
    const locale = localeOf(req.searchParams.get('locale'))
    const [title, button] =
      locale === 'en' ? ['Unsubscribe', 'Unsubscribe'] : ['Abmelden', 'Abmelden']
    return page(
      locale,
      title,
      `<form method="post" action="${escapeHtml(`${options.notifications.cmsUrl}/api/trust-center/unsubscribe?id=${encodeURIComponent(id)}&token=${encodeURIComponent(token)}&locale=${locale}`)}"><button type="submit">${button}</button></form>`,
    )
  }

/** Also the RFC 8058 one-click target: mail clients POST "List-Unsubscribe=One-Click" here. */
const unsubscribe =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  async (req) => {
    const id = String(req.searchParams.get('id') ?? '')
    const token = String(req.searchParams.get('token') ?? '')
    const { isForm, data } = await readSmallBody(req).catch(() => ({
      isForm: false,
      data: {} as Record<string, unknown>,
    }))
    const oneClick = data['List-Unsubscribe'] === 'One-Click'
    const locale = localeOf(req.searchParams.get('locale'))
    if (!id || !verifyUnsubscribeToken(req.payload.secret, id, token)) {
      return answer(
        req,
        options,
        isForm && !oneClick,
        '/subscription/invalid/',
        400,
        'This unsubscribe link is invalid.',
        locale,
      )
    }
    const subscriber = await req.payload.findByID({
      collection: options.slugs.subscribers,
      id,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (subscriber && subscriber.status !== 'unsubscribed') {
      await req.payload.update({
        collection: options.slugs.subscribers,
        id,
        data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
        req,
      })
    }
    const chosen = localeOf(subscriber?.locale ?? locale)
    return answer(
      req,
      options,
      isForm && !oneClick,
      '/subscription/unsubscribed/',
      200,
      'You are unsubscribed.',
      chosen,
    )
  }

export function subscriptionEndpoints(options: SanitizedTrustCenterOptions): Endpoint[] {
  const companyId = createCompanyLookup(options.slugs.companies, COMPANY_TTL_MS)
  return [
    {
      path: '/trust-center/subscribe',
      method: 'options',
      handler: preflight(options),
    },
    {
      path: '/trust-center/subscribe',
      method: 'post',
      handler: subscribe(options, companyId),
    },
    {
      path: '/trust-center/confirm',
      method: 'get',
      handler: confirmPage(options),
    },
    {
      path: '/trust-center/confirm',
      method: 'post',
      handler: confirm(options),
    },
    {
      path: '/trust-center/unsubscribe',
      method: 'get',
      handler: unsubscribePage(options),
    },
    {
      path: '/trust-center/unsubscribe',
      method: 'post',
      handler: unsubscribe(options),
    },
  ]
}
