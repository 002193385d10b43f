import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm start` as a newcomer runs it — fresh data folder, no configuration — on ports of its own.
 * Resolves once it prints "Press Ctrl+C to stop" (migrated, seeded, site built, CMS answering).
 */
const root = path.resolve(import.meta.dirname, '../..')

export interface TrustCenter {
  dataDir: string
  siteUrl: string
  /** The admin's own origin (its serverURL): the session cookie and the review panel need it. */
  cmsUrl: string
  demoLogin(): { email: string; password: string }
  output(): string
  close(): void
}

export async function npmStart(env: Record<string, string> = {}): Promise<TrustCenter> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'trust-center-start-'))
  const sitePort = 4600 + Math.floor(Math.random() * 300)
  const cmsPort = sitePort + 1000
  let output = ''
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: root,
    detached: true, // its own process group, so the whole tree can be stopped
    env: {
      ...process.env,
      TRUSTCENTER_DATA_DIR: dataDir,
      TRUSTCENTER_DIST: path.join(dataDir, 'dist'),
      PORT: String(sitePort),
      CMS_PORT: String(cmsPort),
      DATABASE_URI: '',
      PAYLOAD_SECRET: '',
      ...env,
    },
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const close = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 540_000
  while (!output.includes('Press Ctrl+C to stop')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      close()
      throw new Error(
        `npm start ${child.exitCode !== null ? `exited with ${child.exitCode}` : 'timed out'}; output:\n${output.slice(-4000)}`,
      )
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    dataDir,
    siteUrl: `http://localhost:${sitePort}`,
    cmsUrl: `http://localhost:${cmsPort}`,
    demoLogin: () => JSON.parse(readFileSync(path.join(dataDir, 'demo-login.json'), 'utf8')),
    output: () => output,
    close,
  }
}
