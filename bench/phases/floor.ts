/** Benchmark phase (child process): `astro build` of the floor project. */
import { build } from 'astro'

const started = performance.now()
await build({ root: process.argv[2]!, logLevel: 'warn' })
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000 })}\n`)
process.exit(0)
