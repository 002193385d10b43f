import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'

export const WEBHOOK_DELIVER_TASK = 'trustCenterWebhookDeliver'
export const WEBHOOK_VERIFY_TASK = 'trustCenterWebhookVerify'

/** The webhook-id of an event at an endpoint: the same on every attempt. */
const messageIdOf = (eventKey: string, endpointId: string | number) =>
  `msg_${eventKey.replace(/[^\w-]/g, '_')}_${String(endpointId)}`

/**
 * One delivery row and one job per active endpoint of `topic` at `companyId` (verified by the time
 * the change became public), inside the caller's
 * transaction (the fan-out job's, notifications/fanOut.ts). An existing row for the same
 * (event, endpoint) is not created again.
 */
export async function enqueueWebhooks(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  event: { key: string; topic: 'toms' | 'subprocessors'; companyId: string | number; at?: string },
): Promise<number> {
  const { slugs } = options
  const endpoints = await req.payload.find({
    collection: slugs.webhookEndpoints,
    where: {
      and: [
        { company: { equals: event.companyId } },
        { status: { equals: 'active' } },
        { topics: { in: [event.topic] } },
        // A change made public before the endpoint was verified is not sent to it, whenever the
        // fan-out job happens to run.
        ...(event.at
          ? [
              {
                or: [
                  { verifiedAt: { less_than_equal: event.at } },
                  // set active by staff, not through the challenge
                  { verifiedAt: { equals: null } },
                ],
              },
            ]
          : []),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let queued = 0
  for (const endpoint of endpoints.docs) {
    const found = (
      await req.payload.find({
        collection: slugs.webhookDeliveries,
        where: {
          and: [{ eventKey: { equals: event.key } }, { endpoint: { equals: endpoint.id } }],
        },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0] as { id: string | number; status?: string; attempts?: number } | undefined
    // A row without its job (a database without transactions, crashed in between) gets a job again.
    if (found && !(found.status === 'pending' && !found.attempts)) continue
    const delivery =
      found ??
      (await req.payload.create({
        collection: slugs.webhookDeliveries,
        data: {
          eventKey: event.key,
          endpoint: endpoint.id,
          messageId: messageIdOf(event.key, endpoint.id),
          status: 'pending',
          attempts: 0,
        },
        overrideAccess: true,
        req,
      }))
    await req.payload.jobs.queue({
      task: WEBHOOK_DELIVER_TASK,
      input: { deliveryId: String(delivery.id) },
      req,
    })
    if (!found) queued++
  }
  return queued
}
