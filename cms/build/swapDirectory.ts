import { randomUUID } from 'node:crypto'
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
  const previous = asideName(target)
  const hadTarget = existsSync(target)
  if (hadTarget) await rename(target, previous)
  try {
    await rename(staging, target)
  } catch (error) {
    if (hadTarget) await rename(previous, target)
    throw error
  }
  removeInBackground(await asideFolders(target))
}

/**
 * Moves `dir` out of the way by a rename, next to `target` under a name of the aside folders,
 * and deletes it in the background with any other aside folder a crash left (a build's leftovers).
 */
export async function setAside(dir: string, target: string): Promise<void> {
  try {
    await rename(dir, asideName(target))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  removeInBackground(await asideFolders(target))
}

const asidePrefix = (target: string) => `${path.basename(target)}-previous-`
/** A new name beside `target` that later builds take for a leftover of this one and delete. */
export const asideName = (target: string) =>
  path.join(
    path.dirname(target),
    `${asidePrefix(target)}${process.pid}-${Date.now()}-${randomUUID().slice(0, 8)}`,
  )
/** The aside folders of `target` (set aside by this build, or left by one that died). */
const asideFolders = async (target: string) =>
  (await readdir(path.dirname(target)))
    .filter((name) => name.startsWith(asidePrefix(target)))
    .map((name) => path.join(path.dirname(target), name))
