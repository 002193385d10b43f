import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { enqueueWebhooks } from '../webhooks/enqueue'

export const DELIVER_TASK = 'trustCenterDeliver'

/**
 * Records one delivery per confirmed subscriber of `topic` at `companyId` and queues a job for
 * each, inside the caller's transaction (the fan-out job's, fanOut.ts). A delivery that exists
 * already (same event, same subscriber) is not created again; the count is of new ones. Webhook
 * endpoints of the topic get theirs the same way (webhooks/enqueue.ts).
 */
export async function enqueueNotifications(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  event: { key: string; topic: 'toms' | 'subprocessors'; companyId: string | number; at?: string },
): Promise<number> {
  const { slugs } = options
  const subscribers = await req.payload.find({
    collection: slugs.subscribers,
    where: {
      and: [
        { company: { equals: event.companyId } },
        { status: { equals: 'confirmed' } },
        { topics: { in: [event.topic] } },
      ],
    },
    pagination: false,
    depth: 0,
    req,
  })
  let queued = 0
  for (const subscriber of subscribers.docs) {
    const exists = await req.payload.find({
      collection: slugs.deliveries,
      where: {
        and: [{ eventKey: { equals: event.key } }, { subscriber: { equals: subscriber.id } }],
      },
      limit: 1,
      depth: 0,
      req,
    })
    const found = exists.docs[0]
    // A row without its job (a database without transactions, crashed in between) gets a job again.
    if (found && !(found.status === 'pending' && !found.attempts)) continue
    const delivery =
      found ??
      (await req.payload.create({
        collection: slugs.deliveries,
        data: { eventKey: event.key, subscriber: subscriber.id, status: 'pending', attempts: 0 },
        req,
      }))
    // Wait out the batch window, so that changes published together arrive in one mail.
    const waitUntil =
      options.notifications.batchWindowMs > 0
        ? new Date(Date.now() + options.notifications.batchWindowMs)
        : undefined
    await req.payload.jobs.queue({
      task: DELIVER_TASK,
      input: { deliveryId: String(delivery.id), subscriberId: String(subscriber.id) },
      waitUntil,
      req,
    })
    if (!found) queued++
  }
  // The same change goes to the company's webhook endpoints for the topic, in the same transaction.
  return queued + (await enqueueWebhooks(req, options, event))
}
