import type { Endpoint, PayloadRequest } from 'payload'
import { readSmallBody } from '../notifications/requestBody'
import { sendMail } from '../notifications/sendMail'
import { hashToken, newToken } from '../notifications/tokens'
import type { SanitizedTrustCenterOptions } from '../types'
import { ownerConfirmMail } from './messages'
import type { Locale } from '../translations/language'
import { escapeHtml } from '../utilities/html'

/**
 * Double opt-in for a webhook endpoint's owner address: whoever registers an endpoint names an
 * address to be told when it is disabled; the CMS writes to it only after its owner confirmed it
 * (GET /api/trust-center/webhooks/owner/confirm shows a button, the POST behind it confirms).
 */
const CONFIRM_TTL_MS = 7 * 24 * 3600_000
const CONFIRM_PATH = '/trust-center/webhooks/owner/confirm'

const TEXT: Record<Locale, Record<'confirm' | 'confirmed' | 'invalid', [string, string]>> = {
  de: {
    confirm: ['Adresse bestätigen', 'Bestätigen'],
    confirmed: [
      'Adresse bestätigt',
      'Wir benachrichtigen Sie, falls der Webhook-Endpunkt wegen anhaltender Fehler deaktiviert wird.',
    ],
    invalid: ['Link ungültig', 'Dieser Bestätigungslink ist ungültig oder abgelaufen.'],
  },
  en: {
    confirm: ['Confirm address', 'Confirm'],
    confirmed: [
      'Address confirmed',
      'We will tell you if the webhook endpoint is disabled because it kept failing.',
    ],
    invalid: ['Invalid link', 'This confirmation link is invalid or has expired.'],
  },
}

const page = (locale: Locale, status: number, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      },
    },
  )

/** A new token for the endpoint's owner address, and the mail asking to confirm it. */
export async function requestOwnerConfirmation(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  endpoint: { id: string | number; url: string; ownerEmail: string; locale: Locale },
  companyName: string,
): Promise<void> {
  const { token, hash } = newToken()
  await req.payload.update({
    collection: options.slugs.webhookEndpoints,
    id: endpoint.id,
    data: { ownerEmailStatus: 'pending', ownerConfirmTokenHash: hash },
    overrideAccess: true,
    depth: 0,
    req,
  })
  try {
    await sendMail(
      req.payload,
      ownerConfirmMail({
        to: endpoint.ownerEmail,
        from: options.notifications.from,
        locale: endpoint.locale,
        url: endpoint.url,
        companyName,
        confirmUrl: `${options.notifications.cmsUrl}/api${CONFIRM_PATH}?token=${token}&locale=${endpoint.locale}`,
      }),
    )
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      'trust center: could not ask a webhook owner to confirm the address',
    )
  }
}

export function ownerOptInEndpoints(options: SanitizedTrustCenterOptions): Endpoint[] {
  const collection = options.slugs.webhookEndpoints
  return [
    {
      // A GET only shows a button: mail scanners that open links must not confirm anything.
      path: CONFIRM_PATH,
      method: 'get',
      handler: (req) => {
        const locale: Locale = req.searchParams.get('locale') === 'en' ? 'en' : 'de'
        const [title, button] = TEXT[locale].confirm
        const action = `${options.notifications.cmsUrl}/api${CONFIRM_PATH}`
        return page(
          locale,
          200,
          title,
          `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(String(req.searchParams.get('token') ?? ''))}"><input type="hidden" name="locale" value="${locale}"><button type="submit">${button}</button></form>`,
        )
      },
    },
    {
      path: CONFIRM_PATH,
      method: 'post',
      handler: async (req) => {
        const { data, isForm } = await readSmallBody(req)
        const token = typeof data.token === 'string' ? data.token : ''
        const found = token
          ? (
              await req.payload.find({
                collection,
                where: { ownerConfirmTokenHash: { equals: hashToken(token) } },
                overrideAccess: true,
                depth: 0,
                limit: 1,
                req,
              })
            ).docs[0]
          : undefined
        const locale: Locale = (found?.locale ?? data.locale) === 'en' ? 'en' : 'de'
        const answer = (status: number, key: 'confirmed' | 'invalid') => {
          const [title, text] = TEXT[locale][key]
          return isForm
            ? page(locale, status, title, `<p>${escapeHtml(text)}</p>`)
            : Response.json({ message: text }, { status, headers: { 'cache-control': 'no-store' } })
        }
        // The token is as old as the endpoint's registration (it is set only then).
        if (!found || Date.parse(String(found.createdAt)) + CONFIRM_TTL_MS < Date.now())
          return answer(400, 'invalid')
        await req.payload.update({
          collection,
          id: found.id,
          data: {
            ownerEmailStatus: 'confirmed',
            ownerConfirmedAt: new Date().toISOString(),
            ownerConfirmTokenHash: null,
          },
          overrideAccess: true,
          depth: 0,
          req,
        })
        return answer(200, 'confirmed')
      },
    },
  ]
}
