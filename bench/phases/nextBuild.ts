/** Benchmark phase (child process): the CMS admin's production build, which `next start` serves. */
import { spawnSync } from 'node:child_process'

const [root] = process.argv.slice(2)
const result = spawnSync('npx', ['next', 'build', 'cms'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
})
if (result.status !== 0) process.exit(result.status ?? 1)
process.stdout.write(`${JSON.stringify({ ok: true })}\n`)
process.exit(0)
