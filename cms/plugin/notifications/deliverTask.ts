import type { DataFromCollectionSlug, PayloadRequest, TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { DELIVER_TASK } from './enqueue'
import { sendMail } from './sendMail'
import { mailBrandOf } from './mailBrand'
import {
  type MailBrand,
  type MailPart,
  notificationMail,
  subprocessorChangePart,
  tomChangePart,
} from './messages'
import { unsubscribeToken } from './tokens'
import { populated, relationId } from '../utilities/doc'
import type { Locale } from '../translations/language'

/** A JSON field's value as a record (the event's snapshot); anything else reads as empty. */
const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {}

/** The part of a mail that tells about one event ("tom-version:12", "subprocessor-event:3"). */
async function partFor(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  eventKey: string,
  locale: Locale,
): Promise<{ part: MailPart; companyName: string; brand: MailBrand; publishedAt: string }> {
  const [kind, id] = eventKey.split(':')
  const { siteUrl } = options.notifications
  if (kind === 'subprocessor-event' && id) {
    const event = await req.payload.findByID({
      collection: options.slugs.subprocessorEvents,
      id,
      depth: 1,
      req,
    })
    const company = populated(event.company, 'company')
    const snapshot = asRecord(event.snapshot)
    const contact = company.privacyContact
    const part = subprocessorChangePart({
      locale,
      companyName: company.name,
      kind: event.kind,
      vendor: String(snapshot.name),
      purpose: typeof snapshot.purpose === 'string' ? snapshot.purpose : undefined,
      locations: Array.isArray(snapshot.locations) ? snapshot.locations.map(String) : [],
      note: event.note ?? undefined,
      effectiveAt: event.effectiveAt,
      objectionDeadline: event.objectionDeadline ?? undefined,
      objectTo: contact?.dpoEmail ?? contact?.email ?? undefined,
      pageUrl: `${siteUrl}/${company.slug}/subprocessors/`,
    })
    const brand = await mailBrandOf(req, options, company)
    return { part, companyName: company.name, brand, publishedAt: event.createdAt }
  }
  if (kind !== 'tom-version' || !id) throw new Error(`Unknown notification event ${eventKey}`)
  const version = await req.payload.findByID({
    collection: options.slugs.tomVersions,
    id,
    depth: 1,
    req,
  })
  const company = populated(version.company, 'company')
  const part = tomChangePart({
    locale,
    companyName: company.name,
    version: version.version,
    title: version.title,
    effectiveDate: version.effectiveDate,
    changeSummary: version.changeSummary ?? undefined,
    changesUrl: `${siteUrl}/${company.slug}/toms/${version.version}/changes/`,
  })
  const brand = await mailBrandOf(req, options, company)
  return {
    part,
    companyName: company.name,
    brand,
    publishedAt: version.publishedAt ?? version.updatedAt,
  }
}

/**
 * Sends a subscriber everything pending for them in one mail (changes published within the
 * batch window arrive together). Deliveries are claimed first (pending → sending), so a second
 * runner or a retried job sends nothing twice; they become `sent` after the SMTP server accepted
 * the mail, or `pending` again with the error recorded, and Payload's jobs queue retries with
 * exponential backoff. A crash between "accepted" and "recorded" leaves them `sending`; the
 * maintenance task re-queues those later, and the fixed Message-ID lets mail servers drop the
 * duplicate such a resend would be.
 */
export const deliverTask = (
  options: SanitizedTrustCenterOptions,
): TaskConfig<typeof DELIVER_TASK> => ({
  slug: DELIVER_TASK,
  inputSchema: [
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'subscriberId', type: 'text', required: true },
  ],
  // One runner at a time per subscriber: a batch is claimed and sent by exactly one job.
  concurrency: {
    key: ({ input }) => `deliver:${input.subscriberId}`,
    exclusive: true,
  },
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: {
    attempts: options.notifications.attempts,
    backoff: { type: 'exponential', delay: options.notifications.retryDelayMs },
  },
  handler: async ({ input, req }) => {
    const batch = await claimBatch(req, options, input.deliveryId)
    if (typeof batch === 'string') return { output: { status: batch } }
    return { output: { status: await sendBatch(req, options, batch) } }
  },
})

type Delivery = DataFromCollectionSlug<'notification-deliveries'>
type Subscriber = DataFromCollectionSlug<'subscribers'>
interface Batch {
  subscriber: Subscriber
  /** The subscriber's pending deliveries, now `sending`, oldest first. */
  claimed: Delivery[]
  /** Sets every claimed delivery's fields at once. */
  mark: (data: Partial<Delivery>) => Promise<unknown>
}

/**
 * Claims all of the delivery's subscriber's pending deliveries (pending → sending). Returns why
 * nothing is to be sent instead: the delivery is no longer pending, another runner claimed the
 * batch, or the subscriber is not confirmed (the batch is then skipped).
 */
async function claimBatch(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  deliveryId: string,
): Promise<Batch | string> {
  const collection = options.slugs.deliveries
  const delivery = await req.payload.findByID({ collection, id: deliveryId, depth: 0, req })
  if (delivery.status !== 'pending') return delivery.status
  const subscriber = await req.payload.findByID({
    collection: options.slugs.subscribers,
    id: relationId(delivery.subscriber),
    depth: 0,
    req,
  })
  const claimed = (
    await req.payload.update({
      collection,
      where: {
        and: [{ subscriber: { equals: subscriber.id } }, { status: { equals: 'pending' } }],
      },
      data: { status: 'sending' },
      depth: 0,
      req,
    })
  ).docs
  if (claimed.length === 0) return 'claimed elsewhere'
  const mark = (data: Partial<Delivery>) =>
    req.payload.update({
      collection,
      where: { id: { in: claimed.map((d) => d.id) } },
      data,
      depth: 0,
      req,
    })
  if (subscriber.status !== 'confirmed') {
    await mark({ status: 'skipped' })
    return 'skipped'
  }
  claimed.sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)))
  return { subscriber, claimed, mark }
}

/** One mail with a part per claimed delivery; marks them sent, or pending again with the error. */
async function sendBatch(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  { subscriber, claimed, mark }: Batch,
): Promise<string> {
  const locale: Locale = subscriber.locale === 'en' ? 'en' : 'de'
  const attempts = Math.max(...claimed.map((d) => Number(d.attempts ?? 0))) + 1
  try {
    // In the order the changes were published: the deliveries' own order is their fan-outs',
    // which run at the same time.
    const parts = (
      await Promise.all(claimed.map((d) => partFor(req, options, String(d.eventKey), locale)))
    ).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
    const first = claimed[0]!
    const mail = notificationMail({
      to: String(subscriber.email),
      from: options.notifications.from,
      locale,
      companyName: parts[0]!.companyName,
      brand: parts[0]!.brand,
      parts: parts.map((p) => p.part),
      unsubscribeUrl: `${options.notifications.cmsUrl}/api/trust-center/unsubscribe?id=${encodeURIComponent(String(subscriber.id))}&token=${unsubscribeToken(req.payload.secret, String(subscriber.id))}&locale=${locale}`,
      messageId: `<${String(first.eventKey).replace(/[^\w.-]/g, '.')}.${String(subscriber.id)}@trust-center>`,
    })
    const sent = await sendMail(req.payload, mail)
    await mark({
      status: 'sent',
      attempts,
      sentAt: new Date().toISOString(),
      messageId: sent.messageId,
      lastError: null,
    })
    return `sent ${claimed.length}`
  } catch (error) {
    await mark({
      status: 'pending',
      attempts,
      lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
    })
    throw error
  }
}
