/**
 * The standby side of buildWithoutTsx.mjs: waiting for the go, and making sure a standby that
 * waited through a code change does not build with the old code. Plain JavaScript so plain Node
 * runs it.
 */
import { spawn } from 'node:child_process'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { takeAstroProcessAhead } from './astroProcess.mjs'

// What a standby holds in memory from before the go. The site's own code, Astro's config and the
// build's bundle are read after it (by Astro's build, by buildWithoutTsx.mjs's staleness check).
const LOADED_AHEAD = [
  'cms/build/buildWithoutTsx.mjs',
  'cms/build/standby.mjs',
  'cms/build/astroProcess.mjs',
  'cms/build/astroBuildProcess.mjs',
  'cms/build/linkedPageCache.mjs',
  'cms/build/warmUpConfig.mjs',
  'node_modules/astro/package.json',
]
const startedAt = Date.now()

/** The line the CMS sends (a JSON object of variables), or null when stdin closed without one. */
function readGo() {
  return new Promise((resolve) => {
    let text = ''
    const done = (value) => {
      process.stdin.off('data', onData)
      process.stdin.destroy()
      resolve(value)
    }
    const onData = (chunk) => {
      text += chunk
      const end = text.indexOf('\n')
      if (end >= 0) done(JSON.parse(text.slice(0, end)))
    }
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', onData)
    process.stdin.once('end', () => done(null))
    process.stdin.once('error', () => done(null))
  })
}

/** Whether a file loaded ahead has changed since this process started (an update, a deploy). */
async function changedSinceStart(root) {
  const times = await Promise.all(
    LOADED_AHEAD.map((file) =>
      stat(path.join(root, file)).then(
        (s) => s.mtimeMs,
        () => Infinity, // gone: changed
      ),
    ),
  )
  return times.some((time) => time > startedAt)
}

/** A fresh build in a process of its own, this one ending with its exit status. */
function buildAfresh() {
  const fresh = spawn(process.execPath, [path.join(import.meta.dirname, 'buildWithoutTsx.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  // Stopped (the rebuild's timeout): stop the fresh build too.
  process.once('SIGTERM', () => fresh.kill('SIGTERM'))
  fresh.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  return new Promise(() => {}) // never resolves: this process ends with the fresh one
}

/**
 * Waits for the CMS's go, adds its variables to the environment, and returns — or ends this
 * process when the CMS went away first, or hands the build to a fresh process when code loaded
 * ahead has changed since the start.
 * @param {string} root
 */
export async function waitForTheGo(root) {
  const go = await readGo()
  if (!go) process.exit(0) // Astro's process ends with its channel
  // build-site.ts times its start from here, not from the process's start.
  globalThis[Symbol.for('trust-center.buildGoAt')] = performance.now()
  Object.assign(process.env, go)
  if (!(await changedSinceStart(root))) return
  process.stdout.write('Code changed since the standby started: building in a fresh process\n')
  takeAstroProcessAhead(root)?.kill()
  await buildAfresh()
}
