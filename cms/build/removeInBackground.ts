import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'

const REMOVE =
  "for (const dir of process.argv.slice(1)) require('node:fs').rmSync(dir, { recursive: true, force: true })"

/**
 * Deletes folders in a detached process that outlives this one (see swapDirectory.ts). Where no
 * process can be started, they are deleted here instead, without waiting for it.
 */
export function removeInBackground(dirs: string[]): void {
  if (dirs.length === 0) return
  const inProcess = () =>
    void Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))).catch(() => {})
  try {
    const child = spawn(process.execPath, ['-e', REMOVE, ...dirs], {
      detached: true,
      stdio: 'ignore',
    })
    child.once('error', inProcess)
    child.unref()
  } catch {
    inProcess()
  }
}
