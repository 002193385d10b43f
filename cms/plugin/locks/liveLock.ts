import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { LOCK_SECONDS } from '../hooks/releaseLock'

/** A document's lock as the plugin reports it: whose it is (by name, never by e-mail) and since when. */
interface LiveLock {
  lock: number | string
  userId: number | string
  name: string
  since: string
}

/** Whether the app has a collection of this name (a slug from a request is any string). */
const isCollectionSlug = (req: PayloadRequest, slug: string): slug is CollectionSlug =>
  Object.hasOwn(req.payload.collections, slug)

/**
 * The lock on a document that is still in force (Payload ignores locks older than the
 * collection's lock duration), or null. The holder is named as Payload's lock modal names them
 * (hooks/lockHolderName.ts): their name, never their e-mail address.
 */
export async function liveLock(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<LiveLock | null> {
  const config = isCollectionSlug(req, collection)
    ? req.payload.collections[collection].config
    : undefined
  const lockDocuments = config?.lockDocuments
  if (!config || lockDocuments === false) return null
  const seconds = typeof lockDocuments === 'object' ? lockDocuments.duration : LOCK_SECONDS
  const where: Where = {
    and: [
      { 'document.relationTo': { equals: collection } },
      { 'document.value': { equals: id } },
      { updatedAt: { greater_than: new Date(Date.now() - seconds * 1000).toISOString() } },
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    where,
    sort: '-updatedAt',
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const lock = docs[0]
  const holder = lock?.user?.value as { id?: number | string; name?: unknown } | number | string
  if (!lock || holder === undefined || holder === null) return null
  const userId = typeof holder === 'object' ? holder.id! : holder
  const name = typeof holder === 'object' && typeof holder.name === 'string' ? holder.name : '?'
  return { lock: lock.id, userId, name, since: lock.updatedAt }
}

/** Numeric ids arrive as the URL spells them; numbers in the database. */
export const documentId = (id: number | string): number | string =>
  /^\d+$/.test(String(id)) ? Number(id) : id
