import type { CollectionSlug, Payload } from 'payload'

/** What nobody confirmed within a week is deleted: it was never agreed to (minimal data, GDPR). */
const UNCONFIRMED_TTL_MS = 7 * 24 * 3600_000

/** Deletes the collection's `pending` rows whose `since` date is older than the TTL; returns how many. */
export async function purgePendingOlderThanTtl(
  payload: Payload,
  collection: CollectionSlug,
  since: string,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_TTL_MS).toISOString()
  const result = await payload.delete({
    collection,
    where: { and: [{ status: { equals: 'pending' } }, { [since]: { less_than: cutoff } }] },
    overrideAccess: true,
  })
  return result.docs.length
}
