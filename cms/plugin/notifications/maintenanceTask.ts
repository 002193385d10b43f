import type { Payload, TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { DELIVER_TASK } from './enqueue'
import { purgeRateLimits } from './rateLimit'
import { purgePendingOlderThanTtl } from '../utilities/purgePending'
import { setPendingIfUnchanged } from '../utilities/requeueDelivery'

const MAINTENANCE_TASK = 'trustCenterMaintenance'

/** Unconfirmed subscriptions are deleted after 7 days (minimal data, GDPR). */
export const purgeUnconfirmed = (
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<number> => purgePendingOlderThanTtl(payload, options.slugs.subscribers, 'consentAt', now)

/**
 * Deliveries that a crashed or restarted runner left `sending`, or whose jobs are gone, are
 * queued again. The delivery row decides what is sent, so an extra job never sends twice.
 */
export async function requeueStranded(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<number> {
  const collection = options.slugs.deliveries
  // A delivery claimed this long ago without a result was interrupted (crash, restart).
  const stale = new Date(now.getTime() - options.notifications.staleJobMs).toISOString()
  const stranded = await payload.find({
    collection,
    where: {
      and: [
        { status: { in: ['sending', 'pending'] } },
        { updatedAt: { less_than: stale } },
        { attempts: { less_than: options.notifications.attempts } },
      ],
    },
    pagination: false,
    depth: 0,
  })
  let requeued = 0
  for (const delivery of stranded.docs) {
    if (!(await setPendingIfUnchanged(payload, collection, delivery))) continue
    requeued++
    await payload.jobs.queue({
      task: DELIVER_TASK,
      input: {
        deliveryId: String(delivery.id),
        subscriberId: String(delivery.subscriber),
      },
    })
  }
  return requeued
}

export const maintenanceTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: MAINTENANCE_TASK,
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'purged', type: 'number' },
    { name: 'requeued', type: 'number' },
  ],
  handler: async ({ req }) => {
    await purgeRateLimits(req.payload, options)
    return {
      output: {
        purged: await purgeUnconfirmed(req.payload, options),
        requeued: await requeueStranded(req.payload, options),
      },
    }
  },
})
