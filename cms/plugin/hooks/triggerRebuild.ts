import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { requestRebuild } from '../rebuild/rebuildSite'
import type { SanitizedTrustCenterOptions } from '../types'

/**
 * Rebuild the site when something public changed: `isPublic` tells whether a document (before
 * or after the change) is visible on the site. Seeding passes `context.skipRebuild` and builds
 * once at the end instead.
 */
export function rebuildAfterChange(
  options: SanitizedTrustCenterOptions,
  isPublic: (doc: Record<string, unknown> | undefined) => boolean,
): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, collection, operation, context }) => {
    if (context?.skipRebuild) return doc
    if (isPublic(doc) || isPublic(previousDoc)) {
      await requestRebuild(
        req.payload,
        options,
        `${operation} ${collection.slug} ${String(doc.id)}${doc.status ? ` (${doc.status})` : ''}`,
        req,
      )
    }
    return doc
  }
}

export function rebuildAfterDelete(
  options: SanitizedTrustCenterOptions,
  isPublic: (doc: Record<string, unknown> | undefined) => boolean,
): CollectionAfterDeleteHook {
  return async ({ doc, req, collection, context }) => {
    if (context?.skipRebuild) return doc
    if (isPublic(doc))
      await requestRebuild(req.payload, options, `delete ${collection.slug} ${String(doc.id)}`, req)
    return doc
  }
}
