import type { PayloadRequest, TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { DELIVER_TASK } from './enqueue'
import type { MailTransport } from './mailTransport'
import { subprocessorChangeMail, tomChangeMail } from './messages'
import { unsubscribeToken } from './tokens'

type Doc = Record<string, unknown>

/** The mail for an event key such as "tom-version:12" or "subprocessor-event:3". */
async function composeMail(req: PayloadRequest, options: SanitizedTrustCenterOptions, eventKey: string, subscriber: Doc, messageId: string) {
  const [kind, id] = eventKey.split(':')
  const { siteUrl, cmsUrl, from } = options.notifications
  const locale = subscriber.locale === 'en' ? 'en' : 'de'
  const unsubscribeUrl = `${cmsUrl}/api/trust-center/unsubscribe?id=${encodeURIComponent(String(subscriber.id))}&token=${unsubscribeToken(req.payload.secret, String(subscriber.id))}`
  if (kind === 'subprocessor-event' && id) {
    const event = (await req.payload.findByID({ collection: options.slugs.subprocessorEvents as 'subprocessor-events', id, depth: 1, req })) as unknown as Doc
    const company = event.company as Doc
    const snapshot = event.snapshot as Doc
    const contact = company.privacyContact as Doc | undefined
    return subprocessorChangeMail({
      to: String(subscriber.email),
      from,
      locale,
      companyName: String(company.name),
      kind: event.kind as 'added',
      vendor: String(snapshot.name),
      purpose: typeof snapshot.purpose === 'string' ? snapshot.purpose : undefined,
      locations: (snapshot.locations as string[] | null) ?? [],
      note: typeof event.note === 'string' ? event.note : undefined,
      effectiveAt: String(event.effectiveAt),
      objectionDeadline: typeof event.objectionDeadline === 'string' ? event.objectionDeadline : undefined,
      objectTo: (contact?.dpoEmail ?? contact?.email) as string | undefined,
      pageUrl: `${siteUrl}/${String(company.slug)}/subprocessors/`,
      unsubscribeUrl,
      messageId,
    })
  }
  if (kind !== 'tom-version' || !id) throw new Error(`Unknown notification event ${eventKey}`)
  const version = (await req.payload.findByID({ collection: options.slugs.tomVersions as 'tom-versions', id, depth: 1, req })) as unknown as Doc
  const company = version.company as Doc
  return tomChangeMail({
    to: String(subscriber.email),
    from,
    locale,
    companyName: String(company.name),
    version: String(version.version),
    title: String(version.title),
    effectiveDate: String(version.effectiveDate),
    changeSummary: typeof version.changeSummary === 'string' ? version.changeSummary : undefined,
    changesUrl: `${siteUrl}/${String(company.slug)}/toms/${String(version.version)}/changes/`,
    unsubscribeUrl,
    messageId,
  })
}

/**
 * Sends one notification. The delivery row says whether it went out, so a job that runs again
 * (retry, restart) sends nothing twice; an SMTP error is recorded and thrown, and Payload's jobs
 * queue retries with exponential backoff. The Message-ID is fixed per (event, subscriber), so a
 * mail server can also recognise the one duplicate a crash between "sent" and "recorded" could cause.
 */
export const deliverTask = (options: SanitizedTrustCenterOptions, transport: () => MailTransport): TaskConfig => ({
  slug: DELIVER_TASK,
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: options.notifications.attempts, backoff: { type: 'exponential', delay: options.notifications.retryDelayMs } },
  handler: async ({ input, req }) => {
    const collection = options.slugs.deliveries as 'notification-deliveries'
    const delivery = (await req.payload.findByID({ collection, id: (input as { deliveryId: string }).deliveryId, depth: 1, req })) as unknown as Doc
    if (delivery.status !== 'pending') return { output: { status: String(delivery.status) } }
    const subscriber = delivery.subscriber as Doc
    if (subscriber.status !== 'confirmed') {
      await req.payload.update({ collection, id: delivery.id as string, data: { status: 'skipped' } as never, req })
      return { output: { status: 'skipped' } }
    }
    const messageId = `<${String(delivery.eventKey).replace(/[^\w.-]/g, '.')}.${String(subscriber.id)}@trust-center>`
    const attempts = Number(delivery.attempts ?? 0) + 1
    try {
      const mail = await composeMail(req, options, String(delivery.eventKey), subscriber, messageId)
      const sent = await transport().send(mail)
      await req.payload.update({ collection, id: delivery.id as string, data: { status: 'sent', attempts, sentAt: new Date().toISOString(), messageId: sent.messageId, lastError: null } as never, req })
      return { output: { status: 'sent' } }
    } catch (error) {
      await req.payload.update({ collection, id: delivery.id as string, data: { attempts, lastError: String((error as Error).message ?? error).slice(0, 2000) } as never, req })
      throw error
    }
  },
})
