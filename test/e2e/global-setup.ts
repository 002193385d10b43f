import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import type { TestProject } from 'vitest/node'

/**
 * Builds the site once for the e2e suite the way a user does: `npm run setup` (migrate, seed
 * from content/) on a fresh temporary database, then `npm run build`. Both are the real commands.
 */
const root = path.resolve(import.meta.dirname, '../..')
export const e2eDir = path.join(root, 'test/.tmp/e2e')

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync('npm', ['run', '-s', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 600_000,
  })
  if (result.status !== 0)
    throw new Error(
      `npm run ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    )
  // Plain text: loggers colour their output when CI is set, even into a pipe.
  return stripVTControlCharacters(`${result.stdout}${result.stderr}`)
}

export default function setup(project: TestProject) {
  rmSync(e2eDir, { recursive: true, force: true })
  mkdirSync(e2eDir, { recursive: true })
  const env = {
    ...process.env,
    TRUSTCENTER_DATA_DIR: path.join(e2eDir, 'data'),
    TRUSTCENTER_DIST: path.join(e2eDir, 'dist'),
    DATABASE_URI: '',
    PAYLOAD_SECRET: 'e2e-secret',
    PAYLOAD_LOG_LEVEL: 'warn',
    // The operator's security.txt settings (test/e2e/integrations.test.ts reads the result).
    TRUSTCENTER_SECURITY_CONTACT: 'security@trust.example, https://trust.example/security-contact',
    TRUSTCENTER_SECURITY_POLICY: 'https://trust.example/disclosure-policy',
    TRUSTCENTER_SECURITY_LANGUAGES: 'de, en',
  }
  const setupLog = run(['setup'], env)
  const buildLog = run(['build'], env)
  project.provide('e2e', {
    dist: env.TRUSTCENTER_DIST,
    dataDir: env.TRUSTCENTER_DATA_DIR,
    setupLog,
    buildLog,
  })
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { dist: string; dataDir: string; setupLog: string; buildLog: string }
  }
}
