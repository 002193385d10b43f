import type { CollectionAfterReadHook } from 'payload'
import { roleOf } from '../access/roles'

/**
 * Removes fields that name staff (user ids) from what the public reads over REST and GraphQL;
 * signed-in staff and the server's own Local API calls still see them. A collection hook, so the
 * fields' own definitions stay as they are.
 */
export function hideFromPublic(fields: readonly string[]): CollectionAfterReadHook {
  return ({ doc, req }) => {
    if (req.payloadAPI === 'local' || roleOf(req) !== null || !doc || typeof doc !== 'object')
      return doc
    const visible = { ...doc }
    for (const field of fields) delete visible[field]
    return visible
  }
}
