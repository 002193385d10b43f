/** `npm run build`: the deployable static site in dist/ from the configured database. */
import path from 'node:path'
import { buildSite } from '../build/buildSite'
import { projectRoot } from '../database/paths'
import { readEnv } from '../env'

const outDir = path.resolve(projectRoot, readEnv().TRUSTCENTER_DIST ?? 'dist')
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return ((user + system) / 1e6).toFixed(2)
}
// A standby (cms/build/standby.mjs) counts from its go, not from its start before the wait.
const goAt = (globalThis as Record<symbol, unknown>)[Symbol.for('trust-center.buildGoAt')]
try {
  const started = performance.now()
  const toStart = started - (typeof goAt === 'number' ? goAt : 0)
  const startCpu = cpu()
  await buildSite({ root: projectRoot, outDir })
  process.stdout.write(
    // performance.now() counts from the process's start: `toStart` is what Node, tsx and the imports took.
    `Site built in ${((performance.now() - started) / 1000).toFixed(1)} s (${Math.round(toStart)} ms to start; CPU of this process ${cpu()} s, of its start ${startCpu} s): ${outDir}\n`,
  )
  process.exit(0)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`\nBuild failed: ${message}\nThe previous site in ${outDir} is unchanged.\n`)
  process.exit(1)
}
