import type { Endpoint, PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { toCsv } from '@trust-center/core/csv'
import { objectionOpen, receiptNumber } from '@trust-center/core/objections'
import { roleOf } from '../access/roles'
import { sendMail } from '../notifications/sendMail'
import { createRateLimiter } from '../notifications/rateLimit'
import { readPublicForm, readSmallBody } from '../notifications/requestBody'
import { hashToken, newToken } from '../notifications/tokens'
import type { SanitizedTrustCenterOptions } from '../types'
import { objectionConfirmMail, objectionReceiptMail } from './messages'
import { type Doc, populated, relationId } from '../utilities/doc'
import type { Locale } from '../translations/language'
import { escapeHtml } from '../utilities/html'
import { RequestRefused } from '../http/refused'

/**
 * POST /api/trust-center/objections (the form under each announced change; works without
 * JavaScript), GET+POST /api/trust-center/objections/confirm (the link in the mail), and
 * GET /api/trust-center/objections.csv for legal. After the deadline nothing is stored.
 */
const CONFIRM_TTL_MS = 7 * 24 * 3600_000
const perClient = createRateLimiter('objection', 10, 60_000)
const clientKey = (req: PayloadRequest) =>
  req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
  req.headers.get('x-real-ip') ||
  'local'
const noLineBreaks = (s: string) => !/[\r\n]/.test(s)

const objectionRequestSchema = z.object({
  event: z
    .string()
    .trim()
    .regex(/^[\w-]{1,64}$/, 'unknown change'),
  name: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200)
    .refine(noLineBreaks, 'line breaks are not allowed'),
  organisation: z
    .string()
    .trim()
    .min(1, 'required')
    .max(300)
    .refine(noLineBreaks, 'line breaks are not allowed'),
  email: z
    .string()
    .trim()
    .max(254)
    .refine(noLineBreaks, 'line breaks are not allowed')
    .pipe(z.email('not a valid e-mail address')),
  reason: z.string().trim().min(1, 'required').max(8000),
  locale: z.enum(['de', 'en']).default('de'),
})

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

const TEXT: Record<
  Locale,
  Record<'pending' | 'closed' | 'invalid' | 'confirmed' | 'confirm', [string, string]>
> = {
  de: {
    pending: [
      'Bitte bestätigen Sie Ihren Einspruch',
      'Wir haben Ihnen eine E-Mail mit einem Bestätigungslink geschickt. Erst mit der Bestätigung ist der Einspruch erfasst.',
    ],
    closed: [
      'Die Einspruchsfrist ist abgelaufen',
      'Für diese Änderung endete die Einspruchsfrist am {deadline}. Ihr Einspruch wurde nicht gespeichert. Wenden Sie sich bei Fragen an den Datenschutzkontakt des Unternehmens.',
    ],
    invalid: ['Link ungültig', 'Dieser Bestätigungslink ist ungültig oder abgelaufen.'],
    confirmed: [
      'Einspruch eingegangen',
      'Ihre Eingangsnummer: {receipt}. Wir haben Ihnen eine Eingangsbestätigung per E-Mail geschickt.',
    ],
    confirm: ['Einspruch bestätigen', 'Bestätigen'],
  },
  en: {
    pending: [
      'Please confirm your objection',
      'We have sent you an e-mail with a confirmation link. The objection is recorded only once you confirm it.',
    ],
    closed: [
      'The objection period has ended',
      'The objection period for this change ended on {deadline}. Your objection was not stored. Please contact the company’s privacy contact with any questions.',
    ],
    invalid: ['Invalid link', 'This confirmation link is invalid or has expired.'],
    confirmed: [
      'Objection received',
      'Your receipt number: {receipt}. We have sent you a confirmation by e-mail.',
    ],
    confirm: ['Confirm objection', 'Confirm'],
  },
}
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '')

/** A form post gets a page in the reader's language; JSON gets JSON. */
function answer(
  isForm: boolean,
  locale: Locale,
  status: number,
  key: 'pending' | 'closed' | 'invalid' | 'confirmed',
  values: Record<string, string> = {},
  json: Doc = {},
): Response {
  const [title, text] = TEXT[locale][key]
  if (isForm) return page(locale, status, title, `<p>${escapeHtml(fill(text, values))}</p>`)
  return Response.json(
    { message: fill(text, values), ...json },
    { status, headers: { 'cache-control': 'no-store' } },
  )
}

/** Stores a pending objection while the period is open and mails the confirmation link. */
const submitObjection =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  async (req) => {
    const parsed = await readPublicForm(
      req,
      objectionRequestSchema,
      () => perClient.allow(req.payload, options, clientKey(req)),
      16_384,
    )
    const isForm = parsed.isForm
    const { event: eventId, name, organisation, email, reason, locale } = parsed.data
    const event = (
      await req.payload.find({
        collection: options.slugs.subprocessorEvents,
        where: { id: { equals: eventId } },
        depth: 1,
        limit: 1,
        req,
      })
    ).docs[0]
    if (!event || event.material !== true || !event.objectionDeadline)
      throw new RequestRefused('event: no objection is possible for this change', 400)
    const deadline = String(event.objectionDeadline).slice(0, 10)
    const now = new Date()
    if (!objectionOpen({ material: true, objectionDeadline: deadline }, now))
      return answer(isForm, locale, 410, 'closed', { deadline }, { deadline })
    const company = populated(event.company, 'company')
    const { token, hash } = newToken()
    await req.payload.create({
      collection: options.slugs.objections,
      data: {
        event: event.id,
        company: company.id,
        name,
        organisation,
        email: email.toLowerCase(),
        reason,
        locale,
        status: 'pending',
        submittedAt: now.toISOString(),
        confirmTokenHash: hash,
      },
      overrideAccess: true,
      req,
    })
    try {
      await sendMail(
        req.payload,
        objectionConfirmMail({
          to: email,
          from: options.notifications.from,
          locale,
          companyName: company.name,
          change: event.title,
          deadline,
          confirmUrl: `${options.notifications.cmsUrl}/api/trust-center/objections/confirm?token=${token}&locale=${locale}`,
        }),
      )
    } catch (error) {
      req.payload.logger.error(
        { err: error },
        'trust center: could not send an objection confirmation mail',
      )
    }
    return answer(isForm, locale, 202, 'pending')
  }

/** A GET only shows a button: mail scanners that open links must not confirm anything. */
const confirmPage =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  (req) => {
    const locale: Locale = req.searchParams.get('locale') === 'en' ? 'en' : 'de'
    const [title, button] = TEXT[locale].confirm
    return page(
      locale,
      200,
      title,
      `<form method="post" action="${escapeHtml(`${options.notifications.cmsUrl}/api/trust-center/objections/confirm`)}"><input type="hidden" name="token" value="${escapeHtml(String(req.searchParams.get('token') ?? ''))}"><input type="hidden" name="locale" value="${locale}"><button type="submit">${button}</button></form>`,
    )
  }

/** Confirms an objection within CONFIRM_TTL_MS and mails the receipt. */
const confirmObjection =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  async (req) => {
    const { data, isForm } = await readSmallBody(req)
    const token = typeof data.token === 'string' ? data.token : ''
    const found = token
      ? (
          await req.payload.find({
            collection: options.slugs.objections,
            where: { confirmTokenHash: { equals: hashToken(token) } },
            depth: 2,
            limit: 1,
            overrideAccess: true,
            req,
          })
        ).docs[0]
      : undefined
    const locale: Locale = (found?.locale ?? data.locale) === 'en' ? 'en' : 'de'
    if (
      !found ||
      found.status !== 'pending' ||
      Date.parse(String(found.submittedAt)) + CONFIRM_TTL_MS < Date.now()
    )
      return answer(isForm, locale, 400, 'invalid')
    const now = new Date()
    const receipt = receiptNumber(now)
    await req.payload.update({
      collection: options.slugs.objections,
      id: found.id,
      data: {
        status: 'confirmed',
        receipt,
        confirmedAt: now.toISOString(),
        confirmTokenHash: null,
      },
      overrideAccess: true,
      req,
    })
    const event = populated(found.event, 'change')
    const company = populated(event.company, 'company')
    try {
      await sendMail(
        req.payload,
        objectionReceiptMail({
          to: found.email,
          from: options.notifications.from,
          locale,
          companyName: company.name,
          change: event.title,
          deadline: String(event.objectionDeadline),
          receipt,
          submittedAt: found.submittedAt,
          confirmedAt: now.toISOString(),
        }),
      )
    } catch (error) {
      req.payload.logger.error({ err: error }, 'trust center: could not send an objection receipt')
    }
    return answer(isForm, locale, 200, 'confirmed', { receipt }, { receipt })
  }

/** The confirmed objections, optionally of one change, as CSV for legal and admins. */
const exportCsv =
  (options: SanitizedTrustCenterOptions): Endpoint['handler'] =>
  async (req) => {
    const role = roleOf(req)
    if (role !== 'legal' && role !== 'admin')
      throw new RequestRefused('Only legal and admins export objections.', 403)
    const event = req.searchParams.get('event')
    const where: Where = {
      and: [{ status: { equals: 'confirmed' } }, ...(event ? [{ event: { equals: event } }] : [])],
    }
    const rows = (
      await req.payload.find({
        collection: options.slugs.objections,
        where,
        sort: 'submittedAt',
        pagination: false,
        depth: 2,
        overrideAccess: true,
        req,
      })
    ).docs
    const csv = toCsv(
      [
        'receipt',
        'company',
        'change_id',
        'change',
        'objection_deadline',
        'submitted_at',
        'confirmed_at',
        'name',
        'organisation',
        'email',
        'reason',
      ],
      rows.map((o) => {
        // A change or company the reader may not see reads as its id (depth 2 populates both).
        const e = typeof o.event === 'object' ? o.event : undefined
        const company = typeof e?.company === 'object' ? e.company : undefined
        return [
          o.receipt,
          company?.slug ?? '',
          String(relationId(o.event)),
          e?.title ?? '',
          String(e?.objectionDeadline ?? '').slice(0, 10),
          o.submittedAt,
          o.confirmedAt,
          o.name,
          o.organisation,
          o.email,
          o.reason,
        ]
      }),
    )
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="objections${event ? `-${event.replace(/\W/g, '')}` : ''}.csv"`,
        'cache-control': 'no-store',
      },
    })
  }

export function objectionEndpoints(options: SanitizedTrustCenterOptions): Endpoint[] {
  return [
    {
      path: '/trust-center/objections',
      method: 'post',
      handler: submitObjection(options),
    },
    {
      path: '/trust-center/objections/confirm',
      method: 'get',
      handler: confirmPage(options),
    },
    {
      path: '/trust-center/objections/confirm',
      method: 'post',
      handler: confirmObjection(options),
    },
    {
      path: '/trust-center/objections.csv',
      method: 'get',
      handler: exportCsv(options),
    },
  ]
}
