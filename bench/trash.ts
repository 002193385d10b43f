import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * The outputs of an earlier run are moved aside, not deleted, before anything is measured, and
 * deleted after the last phase. On these machines' ext4 (no journal) the inode allocator skips
 * inodes freed in the last ~30 s one by one, so a build started right after deleting 120,000
 * files spent its first half minute creating files several times slower (perf: find_inode_bit →
 * recently_deleted); a rename frees nothing.
 */
export async function moveToTrash(trash: string, ...paths: string[]): Promise<void> {
  await mkdir(trash, { recursive: true })
  for (const p of paths) {
    if (existsSync(p))
      await rename(p, path.join(trash, `${path.basename(p)}-${process.pid}-${Date.now()}`))
  }
}

export async function emptyTrash(trash: string): Promise<void> {
  await rm(trash, { recursive: true, force: true })
}
