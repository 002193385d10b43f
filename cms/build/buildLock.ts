import { randomUUID } from 'node:crypto'
import { link, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { uptime } from 'node:os'

/** Whether a process with this id is running (signal 0 only asks). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // running, as another user
  }
}

export interface BuildLockOptions {
  /** Called once when another build holds the lock and this one waits for it. */
  onWait?: (holder: number) => void
  pollMs?: number
}

/**
 * Runs `work` while holding the lock file `file` (it names the holding process). Two builds of
 * one site must not run at once: they share the staging folder, Astro's cache and the content
 * store. A second build waits for the first; a lock whose process has died (killed, a power
 * cut) is taken over.
 */
export async function withBuildLock<T>(
  file: string,
  work: () => Promise<T>,
  { onWait, pollMs = 500 }: BuildLockOptions = {},
): Promise<T> {
  const lockText = async () => (await readFile(file, 'utf8').catch(() => '')).trim()
  // Written aside and linked into place: the lock never exists without the holder's id in it.
  const mine = `${file}.${process.pid}.${randomUUID()}`
  await writeFile(mine, String(process.pid))
  let waited = false
  try {
    for (;;) {
      try {
        await link(mine, file)
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const text = await lockText()
      const holder = Number(text)
      // A lock from before the machine started is stale whatever its id now names (ids are reused).
      const lockedAt = (await stat(file).catch(() => null))?.mtimeMs ?? 0
      if (!isRunning(holder) || lockedAt < Date.now() - uptime() * 1000) {
        // Its process has died (or it names none): take it over, unless another waiter just did.
        if ((await lockText()) === text) await rm(file, { force: true })
        continue
      }
      if (!waited) onWait?.(holder)
      waited = true
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
  } finally {
    await rm(mine, { force: true })
  }
  try {
    return await work()
  } finally {
    await rm(file, { force: true })
  }
}
