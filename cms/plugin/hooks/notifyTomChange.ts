import type { CollectionAfterChangeHook } from 'payload'
import { enqueueNotifications } from '../notifications/enqueue'
import type { SanitizedTrustCenterOptions } from '../types'

/** A newly published material TOM version is e-mailed to the company's `toms` subscribers. */
export const notifyTomChange =
  (options: SanitizedTrustCenterOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context }) => {
    if (
      context?.skipNotify ||
      doc.status !== 'published' ||
      previousDoc?.status === 'published' ||
      doc.changeKind !== 'material'
    )
      return doc
    const companyId = typeof doc.company === 'object' && doc.company ? doc.company.id : doc.company
    const queued = await enqueueNotifications(req, options, {
      key: `tom-version:${String(doc.id)}`,
      topic: 'toms',
      companyId,
    })
    if (queued > 0)
      req.payload.logger.info(
        `trust center: ${queued} notification(s) queued for ${String(doc.version)}`,
      )
    return doc
  }
