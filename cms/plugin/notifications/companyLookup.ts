import type { PayloadRequest } from 'payload'

/**
 * The id of the company a public form names by its slug, remembered for `ttlMs`. Nearly every
 * subscribe request names the same few companies, and reading the company through the Local
 * API was a large part of the endpoint's cost (docs/performance.md). Only companies found are
 * remembered, so the map holds at most one entry per company whatever slugs a client invents.
 * A renamed or deleted company is noticed within `ttlMs`, per CMS instance; a request in between
 * queues a job that finds no company and does nothing (subscribeTask.ts).
 */
export function createCompanyLookup(collection: 'companies', ttlMs: number) {
  const known = new Map<string, { id: string | number; until: number }>()
  return async (req: PayloadRequest, slug: string): Promise<string | number | undefined> => {
    const now = Date.now()
    const hit = known.get(slug)
    if (hit && hit.until > now) return hit.id
    const doc = (
      await req.payload.find({
        collection,
        where: { slug: { equals: slug } },
        select: { slug: true }, // the id comes with any selection
        limit: 1,
        pagination: false,
        depth: 0,
        req,
      })
    ).docs[0]
    if (!doc) {
      known.delete(slug)
      return undefined
    }
    known.set(slug, { id: doc.id, until: now + ttlMs })
    return doc.id
  }
}
