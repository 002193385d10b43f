import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'

/**
 * Replaces `target` by `staging` (same parent folder, so both renames are atomic). The old
 * site is removed only after the new one is in place.
 */
export async function swapDirectory(staging: string, target: string): Promise<void> {
  const previous = `${target}-previous-${process.pid}`
  const hadTarget = existsSync(target)
  if (hadTarget) await rename(target, previous)
  try {
    await rename(staging, target)
  } catch (error) {
    if (hadTarget) await rename(previous, target)
    throw error
  }
  if (hadTarget) await rm(previous, { recursive: true, force: true })
}
