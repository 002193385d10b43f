import type { Endpoint, Where } from 'payload'
import { z } from 'zod'
import { fail } from '../endpoints/respond'
import { documentId, liveLock } from './liveLock'

/** A held lock is written again when older than this (the edit view asks every few seconds). */
const REFRESH_AFTER_MS = 20_000

/** What an edit view sends: the document it shows, and whether its user is still there. */
const lockSchema = z.object({
  collection: z.string().min(1).max(100),
  id: z.union([z.string().min(1).max(100), z.number()]),
  action: z.enum(['hold', 'release']),
})

/**
 * POST /api/trust-center/document-lock — from components/DocumentLockKeeper.tsx: `hold` refreshes
 * the signed-in user's lock on the document while it is open, `release` ends it when they leave
 * the view or close the tab. Only the user's own lock is touched: a `hold` never takes a lock
 * (Payload takes it when the form first changes) and nobody else's lock is refreshed or ended.
 * A `hold` answers `{ held, lock, holder }`: the id of the user's own lock, and who else holds a
 * lock in force on the document (name, since) — a colleague's take-over keeps the lock's id and
 * changes its user, which is how the edit view tells a take-over from a new lock.
 * The body is JSON sent as text/plain (a beacon cannot send another type without a preflight).
 */
export const documentLockEndpoint: Endpoint = {
  path: '/trust-center/document-lock',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return fail(401, 'Sign in first.')
    let body: unknown
    try {
      body = JSON.parse((await req.text?.()) ?? '')
    } catch {
      return fail(400, 'Send a JSON body.')
    }
    const parsed = lockSchema.safeParse(body)
    if (!parsed.success)
      return fail(400, 'Send { "collection", "id", "action": "hold" | "release" }.')
    const { collection, action } = parsed.data
    if (!(collection in req.payload.collections)) return fail(404, 'No such collection.')
    const id = documentId(parsed.data.id)
    const own: Where = {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        { 'user.relationTo': { equals: req.user.collection } },
        { 'user.value': { equals: req.user.id } },
      ],
    }
    if (action === 'release') {
      const { docs } = await req.payload.delete({
        collection: 'payload-locked-documents',
        where: own,
        overrideAccess: true,
        req,
      })
      return Response.json({ released: docs.length })
    }
    const { docs } = await req.payload.find({
      collection: 'payload-locked-documents',
      where: own,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    // An empty update sets updatedAt to now, as Payload's own refresh does.
    for (const lock of docs)
      if (Date.now() - new Date(lock.updatedAt).getTime() > REFRESH_AFTER_MS)
        await req.payload.db.updateOne({
          collection: 'payload-locked-documents',
          id: lock.id,
          data: {},
          returning: false,
          req,
        })
    const live = await liveLock(req, collection, id)
    const holder =
      live && String(live.userId) !== String(req.user.id)
        ? { lock: live.lock, name: live.name, since: live.since }
        : null
    return Response.json({ held: docs.length, lock: docs[0]?.id ?? null, holder })
  },
}
