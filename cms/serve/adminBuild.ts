import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Newest modification time under `dir`, skipping build output. */
function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.next' || entry.name === 'node_modules') continue
    const p = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

/**
 * Whether the admin's production build (cms/.next) is missing or older than its sources or the
 * installed packages, so `npm start` rebuilds it only when needed (it takes about a minute).
 */
export function adminBuildIsStale(root: string): boolean {
  const buildId = path.join(root, 'cms/.next/BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  const lock = path.join(root, 'package-lock.json')
  return (
    newestMtime(path.join(root, 'cms')) > built ||
    (existsSync(lock) && statSync(lock).mtimeMs > built)
  )
}
