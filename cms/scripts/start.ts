/**
 * `npm start`: the whole trust center on this machine, with no configuration. Prepares the
 * database (migrations, seed from content/ when empty), builds the static site and its search
 * index, builds the admin when needed, then serves the site and the CMS and prints both URLs.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import path from 'node:path'
import { dataDir, projectRoot } from '../database/paths'
import { readEnv } from '../env'
import { adminBuildIsStale } from '../serve/adminBuild'
import { createStaticSiteServer } from '../serve/staticSite'
import { supervise } from '../serve/supervise'

const config = readEnv()
const sitePort = config.PORT ?? 4321
const cmsPort = config.CMS_PORT ?? 3000
const host = config.HOST ?? '127.0.0.1'
const siteUrl = `http://localhost:${sitePort}`
const cmsUrl = `http://localhost:${cmsPort}`
const dist = path.resolve(projectRoot, config.TRUSTCENTER_DIST ?? 'dist')
const env = {
  ...process.env,
  TRUSTCENTER_ROOT: projectRoot,
  TRUSTCENTER_CMS_URL: cmsUrl,
  TRUSTCENTER_SITE_URL: siteUrl,
}
const children: ChildProcess[] = []

const step = (text: string) => process.stdout.write(`\n▶ ${text}\n`)

async function run(
  command: string,
  args: string[],
  what: string,
  extraEnv: Record<string, string> = {},
): Promise<void> {
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: { ...env, ...extraEnv },
    stdio: 'inherit',
  })
  children.push(child)
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`${what} failed (exit ${code}); see the output above.`)
}

async function waitForCms(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The CMS exited with ${child.exitCode}; see the output above.`)
    try {
      const response = await fetch(`${cmsUrl}/api/companies?limit=1`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The CMS did not answer on ${cmsUrl} within 2 minutes.`)
}

/**
 * The generated demo password is printed once, on the first start: terminal logs are kept and
 * shared. Later starts say where it is (a file only this account can read).
 */
function demoLoginLine(): string {
  const loginFile = path.join(dataDir, 'demo-login.json')
  if (!existsSync(loginFile)) return 'Log in with your admin account.'
  const login = JSON.parse(readFileSync(loginFile, 'utf8')) as { email: string; password: string }
  const shown = path.join(dataDir, 'demo-login.shown')
  if (existsSync(shown))
    return `Demo login    ${login.email} (password in ${loginFile}; shown on the first start only)`
  writeFileSync(shown, `${new Date().toISOString()}\n`, { mode: 0o600 })
  return `Demo login    ${login.email} / ${login.password}  (shown once; kept in ${loginFile})`
}

let stopCms = () => {}

function shutdown(code: number): never {
  stopCms()
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

async function serveSite(): Promise<void> {
  const site = createStaticSiteServer(dist)
  site.listen(sitePort, host)
  await Promise.race([
    once(site, 'listening'),
    once(site, 'error').then(([error]) => {
      const code = (error as NodeJS.ErrnoException).code
      throw new Error(
        code === 'EADDRINUSE'
          ? `Port ${sitePort} is in use; start with another one, e.g. PORT=${sitePort + 1} npm start`
          : String(error),
      )
    }),
  ])
}

try {
  try {
    step('Preparing the database (npm run setup)')
    await run('npm', ['run', '-s', 'setup'], 'Setup', { TRUSTCENTER_STARTING: '1' })

    step('Building the static trust center and its search index (npm run build)')
    await run('npm', ['run', '-s', 'build'], 'The site build')
  } catch (error) {
    // A broken database (or build) must not take the published site offline with it.
    if (!existsSync(path.join(dist, 'index.html'))) throw error
    await serveSite()
    process.stderr.write(
      `\n✖ ${(error as Error).message}\n\n  The previous trust center is still served at ${siteUrl}/\n  The CMS is not started until the database is fixed (see the messages above; \`npm run setup\` says what is wrong).\n  Press Ctrl+C to stop.\n`,
    )
    await new Promise(() => {}) // serve until stopped
  }

  if (adminBuildIsStale(projectRoot)) {
    step('Building the CMS admin (first start only; about a minute)')
    await run('npx', ['next', 'build', 'cms'], 'The admin build')
  }

  step('Starting')
  await serveSite()
  // A crashed CMS is started again; the site above keeps serving meanwhile.
  const cms = supervise(
    () =>
      // Our own server rather than `next start`: it tells the CMS each request's peer address.
      spawn(
        process.execPath,
        [
          path.join(projectRoot, 'cms/serve/cmsServer.mjs'),
          '--port',
          String(cmsPort),
          '--hostname',
          host,
        ],
        { cwd: projectRoot, env, stdio: 'inherit' },
      ),
    {
      onRestart: (code, signal, delayMs) =>
        process.stderr.write(
          `\n✖ The CMS stopped (${signal ?? `exit ${code}`}); the site stays online. Restarting the CMS in ${Math.round(delayMs / 1000)} s …\n`,
        ),
    },
  )
  stopCms = () => cms.stop()
  await waitForCms(cms.current())

  process.stdout.write(`
  Trust center  ${siteUrl}/
  CMS admin     ${cmsUrl}/admin
  ${demoLoginLine()}

  Publishing in the CMS rebuilds the site; the admin shows the last build under "Site build".
  Press Ctrl+C to stop.
`)
} catch (error) {
  process.stderr.write(`\n✖ ${(error as Error).message}\n`)
  shutdown(1)
}
