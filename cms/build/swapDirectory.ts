import { existsSync } from 'node:fs'
import { readdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { removeInBackground } from './removeInBackground'

/**
 * Replaces `target` by `staging` (same parent folder, so both renames are atomic). The old site
 * is removed after the new one is in place, in the background: the new site is live already, and
 * deleting the old one is a file and a folder per page (size L: 80,000 entries, ~11 s) that a
 * rebuild the CMS started need not wait for. Old sites a crash left behind go with it.
 */
export async function swapDirectory(staging: string, target: string): Promise<void> {
  const previous = `${previousPrefix(target)}${process.pid}-${Date.now()}`
  const hadTarget = existsSync(target)
  if (hadTarget) await rename(target, previous)
  try {
    await rename(staging, target)
  } catch (error) {
    if (hadTarget) await rename(previous, target)
    throw error
  }
  const left = (await readdir(path.dirname(target))).filter((name) => name.startsWith(path.basename(previousPrefix(target)))).map((name) => path.join(path.dirname(target), name))
  removeInBackground(left)
}

const previousPrefix = (target: string) => `${target}-previous-`
