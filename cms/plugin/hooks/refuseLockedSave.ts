import type { CollectionBeforeOperationHook } from 'payload'
import { workflowError } from '../errors/workflowError'
import { liveLock } from '../locks/liveLock'

/**
 * A save of a document a colleague has taken over is refused with a message in the user's
 * language that names the new holder (423, `data.rule: "lockedBy"`). Payload refuses it anyway
 * a step later, but in English ("Document with ID 7 is currently locked by another user"), and the
 * admin's production build showed that as "An unknown error occurred" (its error class name is
 * minified). Only requests that respect locks are checked: the admin's and REST saves
 * (`overrideLock: false`); the Local API overrides locks by default.
 */
export const refuseLockedSave: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  const { id, overrideLock } = args as { id?: number | string; overrideLock?: boolean }
  if (operation !== 'update' || overrideLock !== false || id === undefined || !req.user) return args
  const lock = await liveLock(req, collection.slug, id)
  if (lock && String(lock.userId) !== String(req.user.id))
    throw workflowError(req, 423, 'lockedBy', { name: lock.name })
  return args
}
