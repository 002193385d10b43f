import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * `npm run build` ends when Astro is done, with any database adapter: the Payload instance the
 * content loaders opened keeps a MongoDB connection (and with it Node) alive unless it is closed.
 * Runs on the suite's database — SQLite by default, MongoDB with TEST_DATABASE_URI (as in CI).
 */
const root = path.resolve(import.meta.dirname, '../..')
const graceSeconds = 15

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
})
afterAll(async () => t?.close())

it(`the build process exits within ${graceSeconds} s of Astro's "Complete!"`, async () => {
  const child = spawn('npm', ['run', '-s', 'build'], {
    cwd: root,
    env: {
      ...process.env, // DATABASE_URI and TRUSTCENTER_DATA_DIR of the test database
      TRUSTCENTER_DIST: path.join(t.dataDir, 'dist'),
      TRUSTCENTER_CACHE_DIR: path.join(t.dataDir, 'astro-cache'),
      TRUSTCENTER_SEARCH: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a hanging build is killed with all its children
  })
  const kill = () => process.kill(-child.pid!, 'SIGKILL')
  let output = ''
  let completedAt: number | undefined
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    if (completedAt === undefined && /\[build\] Complete!/.test(stripVTControlCharacters(output)))
      completedAt = performance.now()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = once(child, 'exit') as Promise<[number | null]>
  // Wait for Astro, then give the process the grace period; kill it if it is still there.
  const deadline = setTimeout(kill, 240_000)
  while (completedAt === undefined && child.exitCode === null)
    await new Promise((resolve) => setTimeout(resolve, 100))
  expect(completedAt, output).toBeDefined()
  const hang = setTimeout(kill, graceSeconds * 1000)
  const [code] = await exited
  clearTimeout(hang)
  clearTimeout(deadline)
  const seconds = (performance.now() - completedAt!) / 1000
  expect(
    seconds,
    `still running ${seconds.toFixed(1)} s after Astro completed:\n${output.slice(-2000)}`,
  ).toBeLessThan(graceSeconds)
  expect(code, output.slice(-2000)).toBe(0)
  expect(stripVTControlCharacters(output)).toMatch(/Site built in/)
}, 300_000)
