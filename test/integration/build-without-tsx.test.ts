import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * The rebuild the CMS starts runs the build bundled by esbuild in plain Node
 * (cms/build/buildWithoutTsx.mjs): it builds the site, and makes the bundle anew when it is older
 * than a source it was made from.
 */
const root = path.resolve(import.meta.dirname, '../..')
const key = createHash('sha256').update(root).digest('hex').slice(0, 12)
const bundle = path.join(root, 'node_modules/.cache/trust-center', `build-site-${key}.mjs`)

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
})
afterAll(async () => t?.close())

it('builds the site without tsx, bundling the build again when a source is newer', () => {
  if (existsSync(bundle)) utimesSync(bundle, new Date(0), new Date(0)) // older than every source
  const dist = path.join(t.dataDir, 'dist')
  // A git that notes its calls: Astro's telemetry would run one per build (it is off).
  const bin = path.join(t.dataDir, 'bin')
  mkdirSync(bin, { recursive: true })
  const gitCalls = path.join(bin, 'calls')
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${gitCalls}'\n`, { mode: 0o755 })
  const result = spawnSync(process.execPath, [path.join(root, 'cms/build/buildWithoutTsx.mjs')], {
    cwd: root,
    env: {
      ...process.env, // DATABASE_URI and TRUSTCENTER_DATA_DIR of the test database
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: undefined,
      TRUSTCENTER_DIST: dist,
      TRUSTCENTER_CACHE_DIR: path.join(t.dataDir, 'astro-cache'),
      TRUSTCENTER_SEARCH: 'off',
    },
    encoding: 'utf8',
    timeout: 300_000,
  })
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`)
  expect(result.status, output.slice(-2000)).toBe(0)
  expect(output).toMatch(/Site built in/)
  // the whole build: Astro's pages, then the CSP headers written after them
  expect(existsSync(path.join(dist, 'index.html'))).toBe(true)
  expect(existsSync(path.join(dist, '_headers'))).toBe(true)
  expect(statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 600_000) // made anew
  expect(existsSync(gitCalls) ? readFileSync(gitCalls, 'utf8') : '', 'git run').toBe('')
}, 300_000)

it("leaves no Astro process behind when the build fails before Astro's turn", async () => {
  // Astro's process is started first thing (cms/build/astroProcess.mjs); a build that stops
  // earlier (here: no database file) must neither wait for it nor leave it running.
  const child = spawn(process.execPath, [path.join(root, 'cms/build/buildWithoutTsx.mjs')], {
    cwd: root,
    env: { ...process.env, DATABASE_URI: `file:${path.join(t.dataDir, 'missing.db')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: the Astro process it starts is in it too
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const kill = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 60_000)
  const [code] = (await once(child, 'exit')) as [number | null]
  expect(code, output).toBe(1)
  const group = () =>
    spawnSync('ps', ['-o', 'pid=', '-g', String(child.pid)], { encoding: 'utf8' }).stdout.trim()
  for (let i = 0; i < 100 && group(); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  clearTimeout(kill)
  expect(group(), 'processes of the failed build still running').toBe('')
}, 120_000)
