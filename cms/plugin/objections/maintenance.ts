import type { Payload, TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'

const UNCONFIRMED_TTL_MS = 7 * 24 * 3600_000

/** Objections nobody confirmed are deleted after 7 days (minimal data: they were never made). */
export async function purgeUnconfirmedObjections(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_TTL_MS).toISOString()
  const result = await payload.delete({
    collection: options.slugs.objections,
    where: { and: [{ status: { equals: 'pending' } }, { submittedAt: { less_than: cutoff } }] },
    overrideAccess: true,
  })
  return result.docs.length
}

export const objectionMaintenanceTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: 'trustCenterObjectionMaintenance',
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'purged', type: 'number' }],
  handler: async ({ req }) => ({
    output: { purged: await purgeUnconfirmedObjections(req.payload, options) },
  }),
})
