import type { CollectionAfterChangeHook } from 'payload'

/**
 * Saving ends the editor's lock on the document: a reviewer who opens it next is not told that
 * someone "is currently editing" a version its editor saved and left. (Payload otherwise keeps the
 * lock until it expires.) Locks are Payload's own collection; a failure here never fails the save.
 */
export const releaseLockOnSave: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (!req.user || collection.lockDocuments === false) return doc
  try {
    await req.payload.delete({
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: collection.slug } },
          { 'document.value': { equals: doc.id } },
        ],
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.warn({
      err: error,
      msg: `Could not release the lock on ${collection.slug} ${String(doc.id)}`,
    })
  }
  return doc
}

/** How long an editor's lock outlives their last activity (a closed tab cannot say it left). */
export const LOCK_SECONDS = 90
