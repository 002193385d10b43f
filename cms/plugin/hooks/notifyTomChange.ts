import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { queueFanOut } from '../notifications/fanOut'
import type { Doc } from '../utilities/doc'

const becomesMaterialPublication = (doc: Doc, previous: Doc | undefined, context: Doc) =>
  !context?.skipNotify &&
  doc.status === 'published' &&
  previous?.status !== 'published' &&
  doc.changeKind === 'material'

/** Marks the version for notification in the very write that publishes it (the outbox entry). */
export const markNotifyPending: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  if (becomesMaterialPublication({ ...originalDoc, ...data }, originalDoc, context))
    data.notifyPending = true
  return data
}

/**
 * A newly published material TOM version is e-mailed to the company's `toms` subscribers: the
 * fan-out job is queued with the publishing request (in its transaction where the database has
 * one). Should it be lost, the version's mark still says so (recoverAfterCrash.ts).
 */
export const notifyTomChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (!becomesMaterialPublication(doc, previousDoc, context)) return doc
  const companyId = typeof doc.company === 'object' && doc.company ? doc.company.id : doc.company
  await queueFanOut(req, { key: `tom-version:${String(doc.id)}`, topic: 'toms', companyId })
  return doc
}
