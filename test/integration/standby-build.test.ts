import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, utimesSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startBuildCommand } from '../../cms/plugin/rebuild/targets'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * The standby build (`rebuild.standby`): the rebuild's process started ahead by the CMS, Astro's
 * process imported and waiting, told to build over stdin with the variables of that moment.
 */
const root = path.resolve(import.meta.dirname, '../..')
const command = [process.execPath, path.join(root, 'cms/build/buildWithoutTsx.mjs')]

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
})
afterAll(async () => t?.close())

const children = (pid: number) =>
  spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => Number(line.trim()))
    .filter(Boolean)
const alive = (pid: number) => spawnSync('kill', ['-0', String(pid)]).status === 0
async function until(check: () => boolean, ms = 60_000) {
  for (const end = Date.now() + ms; !check() && Date.now() < end;)
    await new Promise((resolve) => setTimeout(resolve, 100))
  return check()
}

/** The variables a rebuild sends with the go: its output folder only known then. */
const goEnv = (name: string) => ({
  TRUSTCENTER_DIST: path.join(t.dataDir, name),
  TRUSTCENTER_CACHE_DIR: path.join(t.dataDir, 'astro-cache'),
  TRUSTCENTER_SEARCH: 'off',
})

it('builds when told, with the variables of the go, its Astro loaded before', async () => {
  const standby = startBuildCommand(command, root)
  await new Promise((resolve) => setTimeout(resolve, 3_000)) // a publication comes later
  expect(standby.usable()).toBe(true)
  const result = await standby.run(goEnv('dist'), 300_000)
  expect(result.ok, result.message).toBe(true)
  expect(existsSync(path.join(t.dataDir, 'dist', 'index.html'))).toBe(true)
  expect(standby.usable()).toBe(false)
}, 300_000)

it('builds in a fresh process when code it loaded ahead changed while it waited', async () => {
  const standby = startBuildCommand(command, root)
  let astro: number | undefined
  expect(await until(() => (astro = children(standby.pid!)[0]) !== undefined)).toBe(true)
  const now = new Date()
  utimesSync(path.join(root, 'cms/build/astroBuildProcess.mjs'), now, now)
  const running = standby.run(goEnv('dist-fresh'), 300_000)
  // The Astro process of the old code ends at the go; a fresh one builds.
  expect(await until(() => !alive(astro!), 10_000), 'the old Astro process ended').toBe(true)
  expect(standby.usable(), 'still building').toBe(true)
  const result = await running
  expect(result.ok, result.message).toBe(true)
  expect(stripVTControlCharacters(result.message)).toMatch(/Site built in/)
  expect(existsSync(path.join(t.dataDir, 'dist-fresh', 'index.html'))).toBe(true)
}, 300_000)

it('ends with its Astro process when its stdin closes (the CMS ended) or it is discarded', async () => {
  for (const end of ['stdin', 'discard'] as const) {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: root,
      env: { ...process.env, TRUSTCENTER_BUILD_STANDBY: '1' },
      stdio: ['pipe', 'ignore', 'ignore'],
    })
    let astro: number | undefined
    expect(await until(() => (astro = children(child.pid!)[0]) !== undefined)).toBe(true)
    const exited = once(child, 'exit')
    if (end === 'stdin') child.stdin.end()
    else child.kill('SIGTERM')
    await exited
    expect(await until(() => !alive(astro!)), `Astro process after ${end}`).toBe(true)
  }
}, 120_000)
