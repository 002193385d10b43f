import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

/**
 * cms/payload-types.ts is committed so that the code is typed by the schema; this fails when a
 * collection changed and nobody ran `npm run payload -- generate:types`. Types are generated for
 * SQLite (numeric ids), whatever database the suite runs on.
 */
const root = path.resolve(import.meta.dirname, '../..')

it('cms/payload-types.ts is what `payload generate:types` writes today', () => {
  const outputFile = path.join(mkdtempSync(path.join(tmpdir(), 'trust-center-types-')), 'types.ts')
  const env: NodeJS.ProcessEnv = { ...process.env, PAYLOAD_TS_OUTPUT_PATH: outputFile }
  delete env.DATABASE_URI
  const result = spawnSync('npm', ['run', '-s', 'payload', '--', 'generate:types'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  })
  expect(result.status, result.stderr).toBe(0)
  const committed = readFileSync(path.join(root, 'cms/payload-types.ts'), 'utf8')
  expect(
    readFileSync(outputFile, 'utf8') === committed,
    'cms/payload-types.ts is stale: run `npm run payload -- generate:types` and commit it',
  ).toBe(true)
})
