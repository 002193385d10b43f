import { fork } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'

/** Runs `astro build` in a plain Node child process (see astroBuildProcess.mjs for why). */
export async function astroBuild(
  root: string,
  outDir: string,
  logLevel: 'warn' | 'info',
): Promise<void> {
  const child = fork(
    path.join(import.meta.dirname, 'astroBuildProcess.mjs'),
    [root, outDir, logLevel],
    {
      cwd: root,
      execArgv: [], // not the parent's: those load tsx
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  )
  let reported: string | undefined
  child.on('message', (message) => {
    reported = (message as { error?: string }).error ?? reported
  })
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null]
  if (code !== 0)
    throw new Error(reported ?? `astro build ended with ${signal ?? `exit code ${code}`}`)
}
