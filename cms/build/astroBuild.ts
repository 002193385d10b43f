import { once } from 'node:events'
import { forkAstroProcess, takeAstroProcessAhead } from './astroProcess.mjs'

/**
 * Runs `astro build` in a plain Node child process (see astroBuildProcess.mjs for why): the one
 * started ahead for this project if there is one (astroProcess.mjs), else a new one.
 */
export async function astroBuild(
  root: string,
  outDir: string,
  logLevel: 'warn' | 'info',
): Promise<void> {
  const child = takeAstroProcessAhead(root) ?? forkAstroProcess(root)
  let reported: string | undefined
  child.on('message', (message) => {
    reported = (message as { error?: string }).error ?? reported
  })
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  // The environment now: buildSite.ts has set the staging folder since the fork.
  child.send({ root, outDir, logLevel, env: { ...process.env } })
  const [code, signal] = await exited
  if (code !== 0)
    throw new Error(reported ?? `astro build ended with ${signal ?? `exit code ${code}`}`)
}
