/**
 * `npx tsx bench/publishAgain.ts [S|M|L]`: publish → live once more, on the database and site of
 * an earlier `npm run bench` of that size (.bench/SIZE): a build on fixed addresses first (not
 * timed, so the CMS's rebuild is an incremental one), then the bench's publish → live. Prints
 * its figures as JSON. For comparing the publish path of two versions of the code back to back.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { freePort, publishToLive } from './publishToLive'

const root = path.resolve(import.meta.dirname, '..')
const work = path.join(root, '.bench', (process.argv[2] ?? 'S').toUpperCase())
const dist = path.join(work, 'dist')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URI: `file:${path.join(work, 'bench.db')}`,
  PAYLOAD_SECRET: 'bench',
  TRUSTCENTER_DATA_DIR: work,
  TRUSTCENTER_REBUILD: 'off',
  TRUSTCENTER_JOBS_AUTORUN: 'off',
  TRUSTCENTER_SEARCH: 'on',
  TRUSTCENTER_CACHE_DIR: path.join(work, 'astro-cache'),
  PAYLOAD_LOG_LEVEL: 'warn',
  TRUSTCENTER_SITE_URL: `http://127.0.0.1:${await freePort()}`,
  TRUSTCENTER_CMS_URL: `http://127.0.0.1:${await freePort()}`,
  TRUSTCENTER_ROOT: root,
  TRUSTCENTER_DIST: dist,
}
const run = (script: string) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, script)], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30, // Astro's log of a size L build is more than the default 1 MiB
  })
  if (result.status !== 0)
    throw new Error(`${script} failed (${result.error}):\n${result.stderr.slice(-3000)}`)
  return result.stdout
}
run('cms/scripts/build-site.ts')
const users = JSON.parse(run('bench/phases/users.ts').trim().split('\n').pop()!)
const live = await publishToLive({
  root,
  dist,
  env,
  company: 'firma-0000',
  users,
  log: (line) => process.stderr.write(`${line}\n`),
})
process.stdout.write(`${JSON.stringify(live)}\n`)
process.exit(0)
