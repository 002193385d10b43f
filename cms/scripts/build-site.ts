/** `npm run build`: the deployable static site in dist/ from the configured database. */
import path from 'node:path'
import { buildSite } from '../build/buildSite'
import { projectRoot } from '../database/paths'
import { readEnv } from '../env'

const outDir = path.resolve(projectRoot, readEnv().TRUSTCENTER_DIST ?? 'dist')
try {
  const started = performance.now()
  await buildSite({ root: projectRoot, outDir })
  process.stdout.write(
    `Site built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${outDir}\n`,
  )
  process.exit(0)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`\nBuild failed: ${message}\nThe previous site in ${outDir} is unchanged.\n`)
  process.exit(1)
}
