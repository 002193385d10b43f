/**
 * Starting the Astro build's own process (astroBuildProcess.mjs), and one started ahead. The
 * rebuild's first process (buildWithoutTsx.mjs) starts it before anything else, so Astro is
 * imported while that process loads its bundle, takes the build lock and sets up the staging
 * folder; astroBuild.ts then takes it over and sends the job. Plain JavaScript so plain Node runs it.
 */
import { fork } from 'node:child_process'
import path from 'node:path'

const AHEAD = Symbol.for('trust-center.astroProcessAhead')

/**
 * A new Astro process for the project at `root`, importing Astro and waiting for its job.
 * @param {string} root
 */
export function forkAstroProcess(root) {
  return fork(path.join(import.meta.dirname, 'astroBuildProcess.mjs'), [], {
    cwd: root,
    execArgv: [], // not the parent's: those load tsx
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
}

/**
 * Starts the Astro process of the next build now. Until taken, it holds this process neither
 * alive nor back: a process that ends without building ends the child too (its channel closes).
 * @param {string} root
 */
export function startAstroProcessAhead(root) {
  const child = forkAstroProcess(root)
  child.unref()
  child.channel?.unref()
  child.on('error', () => {}) // reported by the fork astroBuild.ts makes instead
  const globals = /** @type {Record<symbol, unknown>} */ (globalThis)
  globals[AHEAD] = { root, child }
}

/**
 * The Astro process started ahead for `root`, taken (a second call gets none), or undefined.
 * @param {string} root
 * @returns {import('node:child_process').ChildProcess | undefined}
 */
export function takeAstroProcessAhead(root) {
  const globals = /** @type {Record<symbol, any>} */ (globalThis)
  const ahead = globals[AHEAD]
  delete globals[AHEAD]
  if (!ahead) return undefined
  const { child } = ahead
  if (
    path.resolve(ahead.root) !== path.resolve(root) ||
    child.exitCode !== null ||
    !child.connected
  ) {
    child.kill()
    return undefined
  }
  child.ref()
  child.channel?.ref()
  return child
}
