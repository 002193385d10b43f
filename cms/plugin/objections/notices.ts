import type { Endpoint, PayloadRequest, Where } from 'payload'
import { toCsv } from '@trust-center/core/csv'
import {
  mailNoticeRow,
  NOTICE_COLUMNS,
  noticeCsvRow,
  type NoticeRow,
  webhookNoticeRow,
} from '@trust-center/core/proofOfNotice'
import { roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { changeTitles } from './changeTitles'
import { RequestRefused } from '../http/refused'

/** Every notification due for a change (or all changes), mail and webhook, oldest first. */
async function noticesOf(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  eventKey?: string | null,
): Promise<NoticeRow[]> {
  const where: Where = eventKey ? { eventKey: { equals: eventKey } } : {}
  const query = { where, sort: 'createdAt', pagination: false, depth: 1, overrideAccess: true, req }
  const mails = (await req.payload.find({ collection: options.slugs.deliveries, ...query })).docs
  const hooks = (await req.payload.find({ collection: options.slugs.webhookDeliveries, ...query }))
    .docs
  const rows = [
    ...mails.map((d) =>
      mailNoticeRow(
        d,
        // A deleted relation reads as its id (or null on MongoDB), whatever the types say.
        typeof d.subscriber === 'object' && d.subscriber
          ? d.subscriber.email
          : `deleted subscriber ${String(d.subscriber)}`,
      ),
    ),
    ...hooks.map((d) =>
      webhookNoticeRow(
        d,
        typeof d.endpoint === 'object' && d.endpoint
          ? d.endpoint.url
          : `deleted endpoint ${String(d.endpoint)}`,
      ),
    ),
  ]
  const titles = await changeTitles(
    req,
    options,
    rows.map((r) => r.change),
  )
  return rows
    .map((r) => ({ ...r, ...titles.get(r.change) }))
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.channel.localeCompare(b.channel))
}

/** Change keys are "subprocessor-event:ID" or "tom-version:ID". */
const EVENT_KEY = /^(subprocessor-event|tom-version):[\w-]{1,64}$/

/**
 * GET /api/trust-center/notices.json and .csv (?event=subprocessor-event:12): the evidence a
 * notice clause asks for. Legal and admins only (recipients' addresses are personal data).
 */
export function noticeEndpoints(options: SanitizedTrustCenterOptions): Endpoint[] {
  const rowsFor = async (req: PayloadRequest) => {
    const role = roleOf(req)
    if (role !== 'legal' && role !== 'admin')
      throw new RequestRefused('Only legal and admins see the proof of notice.', 403)
    const event = req.searchParams.get('event')
    if (event && !EVENT_KEY.test(event))
      throw new RequestRefused('event: use e.g. subprocessor-event:12 or tom-version:3', 400)
    return { event, rows: await noticesOf(req, options, event) }
  }
  return [
    {
      path: '/trust-center/notices.json',
      method: 'get',
      handler: async (req) =>
        Response.json((await rowsFor(req)).rows, { headers: { 'cache-control': 'no-store' } }),
    },
    {
      path: '/trust-center/notices.csv',
      method: 'get',
      handler: async (req) => {
        const { event, rows } = await rowsFor(req)
        return new Response(toCsv([...NOTICE_COLUMNS], rows.map(noticeCsvRow)), {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="proof-of-notice${event ? `-${event.replace(/\W/g, '-')}` : ''}.csv"`,
            'cache-control': 'no-store',
          },
        })
      },
    },
  ]
}
