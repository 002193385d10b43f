import type { PayloadRequest, TaskConfig } from 'payload'
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
import type { Doc } from '../utilities/doc'
import type { Locale } from '../translations/language'

/** The part of a mail that tells about one event ("tom-version:12", "subprocessor-event:3"). */
async function partFor(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  eventKey: string,
  locale: Locale,
): Promise<{ part: MailPart; companyName: string; brand: MailBrand }> {
  const [kind, id] = eventKey.split(':')
  const { siteUrl } = options.notifications
  if (kind === 'subprocessor-event' && id) {
    const event = (await req.payload.findByID({
      collection: options.slugs.subprocessorEvents,
      id,
      depth: 1,
      req,
    })) as unknown as Doc
    const company = event.company as Doc
    const snapshot = event.snapshot as Doc
    const contact = company.privacyContact as Doc | undefined
    const part = subprocessorChangePart({
      locale,
      companyName: String(company.name),
      kind: event.kind as 'added',
      vendor: String(snapshot.name),
      purpose: typeof snapshot.purpose === 'string' ? snapshot.purpose : undefined,
      locations: (snapshot.locations as string[] | null) ?? [],
      note: typeof event.note === 'string' ? event.note : undefined,
      effectiveAt: String(event.effectiveAt),
      objectionDeadline:
        typeof event.objectionDeadline === 'string' ? event.objectionDeadline : undefined,
      objectTo: (contact?.dpoEmail ?? contact?.email) as string | undefined,
      pageUrl: `${siteUrl}/${String(company.slug)}/subprocessors/`,
    })
    return {
      part,
      companyName: String(company.name),
      brand: await mailBrandOf(req, options, company),
    }
  }
  if (kind !== 'tom-version' || !id) throw new Error(`Unknown notification event ${eventKey}`)
  const version = (await req.payload.findByID({
    collection: options.slugs.tomVersions,
    id,
    depth: 1,
    req,
  })) as unknown as Doc
  const company = version.company as Doc
  const part = tomChangePart({
    locale,
    companyName: String(company.name),
    version: String(version.version),
    title: String(version.title),
    effectiveDate: String(version.effectiveDate),
    changeSummary: typeof version.changeSummary === 'string' ? version.changeSummary : undefined,
    changesUrl: `${siteUrl}/${String(company.slug)}/toms/${String(version.version)}/changes/`,
  })
  return {
    part,
    companyName: String(company.name),
    brand: await mailBrandOf(req, options, company),
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
export const deliverTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: DELIVER_TASK,
  inputSchema: [
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'subscriberId', type: 'text', required: true },
  ],
  // One runner at a time per subscriber: a batch is claimed and sent by exactly one job.
  concurrency: {
    key: ({ input }) => `deliver:${(input as { subscriberId: string }).subscriberId}`,
    exclusive: true,
  },
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: {
    attempts: options.notifications.attempts,
    backoff: { type: 'exponential', delay: options.notifications.retryDelayMs },
  },
  handler: async ({ input, req }) => {
    const collection = options.slugs.deliveries
    const delivery = (await req.payload.findByID({
      collection,
      id: (input as { deliveryId: string }).deliveryId,
      depth: 0,
      req,
    })) as unknown as Doc
    if (delivery.status !== 'pending') return { output: { status: String(delivery.status) } }
    const subscriber = (await req.payload.findByID({
      collection: options.slugs.subscribers,
      id: delivery.subscriber as string,
      depth: 0,
      req,
    })) as unknown as Doc
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
    ).docs as unknown as Doc[]
    if (claimed.length === 0) return { output: { status: 'claimed elsewhere' } }
    const mark = (data: Doc) =>
      req.payload.update({
        collection,
        where: { id: { in: claimed.map((d) => d.id) } },
        data: data,
        depth: 0,
        req,
      })
    if (subscriber.status !== 'confirmed') {
      await mark({ status: 'skipped' })
      return { output: { status: 'skipped' } }
    }
    claimed.sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)))
    const locale: Locale = subscriber.locale === 'en' ? 'en' : 'de'
    const attempts = Math.max(...claimed.map((d) => Number(d.attempts ?? 0))) + 1
    try {
      const parts = await Promise.all(
        claimed.map((d) => partFor(req, options, String(d.eventKey), locale)),
      )
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
      return { output: { status: `sent ${claimed.length}` } }
    } catch (error) {
      await mark({
        status: 'pending',
        attempts,
        lastError: String((error as Error).message ?? error).slice(0, 2000),
      })
      throw error
    }
  },
})
