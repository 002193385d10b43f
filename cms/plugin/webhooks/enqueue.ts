import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'

export const WEBHOOK_DELIVER_TASK = 'trustCenterWebhookDeliver'
export const WEBHOOK_VERIFY_TASK = 'trustCenterWebhookVerify'

/** The webhook-id of an event at an endpoint: the same on every attempt. */
const messageIdOf = (eventKey: string, endpointId: string | number) =>
  `msg_${eventKey.replace(/[^\w-]/g, '_')}_${String(endpointId)}`

/**
 * One delivery row and one job per active endpoint of `topic` at `companyId`, inside the caller's
 * transaction (the publication and its deliveries commit together). An existing row for the same
 * (event, endpoint) is left alone.
 */
export async function enqueueWebhooks(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  event: { key: string; topic: 'toms' | 'subprocessors'; companyId: string | number },
): Promise<number> {
  const { slugs } = options
  const endpoints = await req.payload.find({
    collection: slugs.webhookEndpoints,
    where: {
      and: [
        { company: { equals: event.companyId } },
        { status: { equals: 'active' } },
        { topics: { in: [event.topic] } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let queued = 0
  for (const endpoint of endpoints.docs) {
    const exists = await req.payload.count({
      collection: slugs.webhookDeliveries,
      where: { and: [{ eventKey: { equals: event.key } }, { endpoint: { equals: endpoint.id } }] },
      overrideAccess: true,
      req,
    })
    if (exists.totalDocs > 0) continue
    const delivery = await req.payload.create({
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
    })
    await req.payload.jobs.queue({
      task: WEBHOOK_DELIVER_TASK,
      input: { deliveryId: String(delivery.id) },
      req,
    })
    queued++
  }
  return queued
}
