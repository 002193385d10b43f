/** Benchmark phase (child process): `astro build` of the floor project, run as our build is (cms/build/astroBuild.ts). */
import path from 'node:path'
import { astroBuild } from '../../cms/build/astroBuild'

const root = process.argv[2]!
const started = performance.now()
await astroBuild(root, path.join(root, 'dist'), 'info') // info: the bench reads its phases from the log
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000 })}\n`)
process.exit(0)
