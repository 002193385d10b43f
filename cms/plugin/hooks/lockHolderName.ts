import type { CollectionAfterReadHook, Payload } from 'payload'

/**
 * Payload's lock messages ("… is currently editing", the list's lock icon) name the holder by
 * `user.email ?? user.id`: a colleague whose e-mail the reader may not see showed as "1". The
 * lock record (Payload's own hidden collection, read only by these messages) therefore carries
 * the holder's name in that place. The users collection itself is unchanged.
 */
const nameTheLockHolder: CollectionAfterReadHook = ({ doc }) => {
  const holder = (doc as { user?: { value?: unknown } }).user?.value
  if (holder && typeof holder === 'object' && 'name' in holder && typeof holder.name === 'string')
    (doc as { user: { value: Record<string, unknown> } }).user.value = {
      ...holder,
      email: holder.name,
    }
  return doc
}

/** Payload creates its lock collection itself (no config to extend), so the hook joins at init. */
export function attachLockHolderName(payload: Payload): void {
  const locks = payload.collections['payload-locked-documents']?.config
  if (!locks) return
  locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameTheLockHolder]
}
