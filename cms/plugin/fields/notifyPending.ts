import type { Field } from 'payload'

/**
 * The outbox mark: set in the same row write that makes a change public (a TOM version becoming
 * published, a subprocessor event being recorded), cleared by the fan-out job once every
 * subscriber and webhook endpoint has its delivery. One row write cannot be half done, so a crash
 * leaves either no publication or a publication still marked — which the recovery sweep picks up
 * (notifications/recoverAfterCrash.ts). Never shown, never in API answers.
 */
export const notifyPendingField: Field = {
  name: 'notifyPending',
  type: 'checkbox',
  index: true,
  hidden: true,
  admin: { hidden: true },
}
