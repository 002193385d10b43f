import type { Payload, TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { purgePendingOlderThanTtl } from '../utilities/purgePending'

/** Objections nobody confirmed are deleted after 7 days (minimal data: they were never made). */
export const purgeUnconfirmedObjections = (
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<number> =>
  purgePendingOlderThanTtl(payload, options.slugs.objections, 'submittedAt', now)

export const objectionMaintenanceTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: 'trustCenterObjectionMaintenance',
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'purged', type: 'number' }],
  handler: async ({ req }) => ({
    output: { purged: await purgeUnconfirmedObjections(req.payload, options) },
  }),
})
