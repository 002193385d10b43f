import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { adminBuildIsStale } from '../../cms/serve/adminBuild'

/**
 * The CMS admin as users get it: the production build (`next build cms`, built here when stale —
 * about a minute and 1.5 GB) served by the CMS's own server (cms/serve/cmsServer.mjs, as
 * `npm start` runs it) on a free port, on the test's own database.
 */
const root = path.resolve(import.meta.dirname, '../..')

function ensureAdminBuild(): void {
  // ADMIN_BUILD_REUSE=1 serves the existing build while iterating on server-only code.
  if (
    !adminBuildIsStale(root) ||
    (process.env.ADMIN_BUILD_REUSE === '1' && existsSync(path.join(root, 'cms/.next/BUILD_ID')))
  )
    return
  const result = spawnSync('npx', ['next', 'build', 'cms'], {
    cwd: root,
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0)
    throw new Error(
      `next build cms failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    )
}

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  return port
}

export interface AdminServer {
  url: string
  output(): string
  close(): Promise<void>
}

/** Starts the CMS server on the database of `env` (DATABASE_URI, TRUSTCENTER_DATA_DIR, …). */
export async function startAdmin(env: Record<string, string | undefined>): Promise<AdminServer> {
  ensureAdminBuild()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'cms/serve/cmsServer.mjs'), '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      detached: true, // its own process group, so the whole tree stops
      env: {
        ...process.env,
        TRUSTCENTER_REBUILD: 'off',
        TRUSTCENTER_JOBS_AUTORUN: 'off',
        ...env,
        TRUSTCENTER_CMS_URL: url,
        NODE_ENV: 'production',
      },
    },
  )
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the CMS server exited with ${child.exitCode}:\n${output}`)
    if (Date.now() > deadline)
      throw new Error(`the CMS server did not answer within 2 minutes:\n${output}`)
    try {
      if ((await fetch(`${url}/api/users/me`)).status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    url,
    output: () => output,
    async close() {
      if (child.pid && child.exitCode === null) {
        process.kill(-child.pid, 'SIGTERM')
        await once(child, 'exit')
      }
    },
  }
}
