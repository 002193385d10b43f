/** Benchmark phase (child process): `astro build` with the Payload loader, search index left out. */
import { buildSite } from '../../cms/build/buildSite'

const [root, outDir] = process.argv.slice(2)
const started = performance.now()
await buildSite({ root: root!, outDir: outDir! })
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000 })}\n`)
process.exit(0)
