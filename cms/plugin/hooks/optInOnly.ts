import type { CollectionBeforeChangeHook } from 'payload'
import { RequestRefused } from '../http/refused'

/**
 * A subscriber's consent is theirs to give: staff editing a subscriber may unsubscribe them, but
 * never set them confirmed (only the confirmation link does that), and a changed address is no
 * longer confirmed — it is pending until someone at that address subscribes and confirms.
 * Changes made by the CMS itself (no user: the subscribe and confirm endpoints) are not affected.
 */
export const optInOnly: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (!req.user || operation !== 'update' || !originalDoc) return data
  const wanted = data.status as string | undefined
  if (wanted && wanted !== originalDoc.status && wanted !== 'unsubscribed') {
    throw new RequestRefused(
      'A subscription is confirmed only by the subscriber, through the link in the confirmation e-mail; staff can only unsubscribe.',
      403,
      [{ path: 'status', message: 'Only the subscriber can confirm.' }],
    )
  }
  if (
    typeof data.email === 'string' &&
    data.email.toLowerCase() !== String(originalDoc.email).toLowerCase()
  ) {
    return {
      ...data,
      status: 'pending',
      confirmedAt: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    }
  }
  if (wanted === 'unsubscribed' && originalDoc.status !== 'unsubscribed')
    return { ...data, unsubscribedAt: new Date().toISOString() }
  return data
}
