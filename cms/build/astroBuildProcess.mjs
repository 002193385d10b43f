/**
 * `astro build` in a Node process of its own, started by buildSite.ts without tsx. Under tsx's
 * module hooks every page's dynamic import() is resolved by a synchronous round trip to tsx's
 * loader thread (npm run bench, size M: ~0.7 ms of each page); Vite compiles the site's
 * TypeScript itself, so the hooks are not needed here. Plain JavaScript so plain Node runs it.
 *
 * It imports Astro first, then waits for its one job over IPC (astroBuild.ts): `{ root, outDir,
 * logLevel, env }`, `env` being the parent's environment at that moment. So the process can be
 * started before the build knows its output folder or holds the build lock
 * (buildWithoutTsx.mjs starts it first thing), and importing Astro overlaps the parent's start.
 * Usage (IPC channel required): node astroBuildProcess.mjs
 */
// The parent gone (killed on a rebuild's timeout, Ctrl-C, a build that failed before Astro):
// stop, don't wait on as an orphan. Listening before Astro is imported: loading it takes seconds
// on a busy machine, and an event emitted before there is a listener is lost — the job too.
const orphaned = () => process.exit(1)
process.on('disconnect', orphaned)
if (!process.connected) orphaned()
const job = new Promise((resolve) => process.once('message', resolve))
const loading = performance.now()
const { build } = await import('astro')
const { linkPageCache } = await import('./linkedPageCache.mjs')
await linkPageCache()
const { warmUpConfig } = await import('./warmUpConfig.mjs')
await warmUpConfig(process.cwd())
const loaded = performance.now()
// CPU time next to wall time: on a busy machine the wall time says little about the build.
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage()
  return ((user + system) / 1e6).toFixed(2)
}
const loadCpu = cpuSeconds()
const { root, outDir, logLevel, env } = await job
// The parent's environment now, not at the fork (buildSite.ts sets the staging folder later).
for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name]
Object.assign(process.env, env)
// Astro's telemetry runs `git rev-list` synchronously and posts to Astro's server on every
// build; a trust center's rebuild has no business doing either. An explicit setting wins.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
// performance.now() counts from the process's start.
if (logLevel === 'info')
  process.stdout.write(
    `Astro loaded ${Math.round(loaded)} ms after the process started (import ${Math.round(loaded - loading)} ms, CPU ${loadCpu} s), its build began after ${Math.round(performance.now())} ms\n`,
  )
try {
  await build({ root, outDir, logLevel })
  process.exitCode = 0
} catch (error) {
  // The parent reports the message once, as its own error; Astro has logged the details.
  // Sent before the exit below: wait until the message has left.
  const message = { error: error instanceof Error ? error.message : String(error) }
  await new Promise((resolve) =>
    process.send ? process.send(message, undefined, {}, () => resolve()) : resolve(),
  )
  process.exitCode = 1
}
// Close what the content loaders opened (site/payloadForBuild.ts): an open database
// connection (MongoDB's) keeps Node alive. Then exit anyway, so no handle of any adapter or
// library can hold a finished build.
const close = globalThis[Symbol.for('trust-center.closeBuildPayload')]
if (typeof close === 'function') {
  const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref())
  await Promise.race([
    close().catch((error) => console.warn(`Closing Payload after the build: ${error}`)),
    timeout,
  ])
}
if (logLevel === 'info') process.stdout.write(`Astro's process: CPU ${cpuSeconds()} s\n`)
process.off('disconnect', orphaned)
process.disconnect?.()
process.exit()
