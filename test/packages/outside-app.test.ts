import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The packages install into a Payload app that is not ours: `npm pack` each workspace package,
 * install the tarballs (from the local npm cache where possible) into a fresh app in a temporary
 * folder (test/fixtures/outside-app: its own users collection, every plugin slug renamed,
 * SQLite), migrate it, then publish with four-eyes, import a document and subscribe — and run the
 * same app with `enabled: false`.
 */
const root = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(root, 'test/fixtures/outside-app')
const rootManifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const version = (name: string) =>
  rootManifest.dependencies[name] ?? rootManifest.devDependencies[name]
let work: string
let app: string

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 900_000,
  })
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    )
  return result.stdout
}

function scenario(step: string, env: Record<string, string> = {}): Record<string, any> {
  const stdout = run(path.join(app, 'node_modules/.bin/tsx'), ['scenario.ts', step], app, {
    OUTSIDE_APP_DIR: app,
    NODE_ENV: 'production',
    ...env,
  })
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`no result from ${step}:\n${stdout}`)
  return JSON.parse(line.slice('RESULT '.length))
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'trust-center-outside-'))
  app = path.join(work, 'app')
  const tarballs = path.join(work, 'tarballs')
  mkdirSync(tarballs, { recursive: true })
  mkdirSync(app)
  const packed = Object.fromEntries(
    rootManifest.workspaces.map((dir: string) => {
      const name = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'))
        .name as string
      const file = run(
        'npm',
        ['pack', '--silent', '--pack-destination', tarballs],
        path.join(root, dir),
      )
        .trim()
        .split('\n')
        .at(-1)!
      return [name, `file:${path.join(tarballs, file)}`]
    }),
  )
  for (const file of ['payload.config.ts', 'scenario.ts'])
    copyFileSync(path.join(fixture, file), path.join(app, file))
  const deps = [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/ui',
    'next',
    'react',
    'react-dom',
    'graphql',
    'tsx',
  ]
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'outside-app',
        private: true,
        type: 'module',
        dependencies: { ...Object.fromEntries(deps.map((d) => [d, version(d)])), ...packed },
      },
      null,
      2,
    ),
  )
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app)
}, 900_000)
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packages in an outside Payload app', () => {
  it('installs from the tarballs: the plugin resolves the core from its own package', () => {
    const plugin = JSON.parse(
      readFileSync(
        path.join(app, 'node_modules/@trust-center/payload-plugin/package.json'),
        'utf8',
      ),
    )
    expect(plugin.exports['./client']).toBeDefined()
    expect(
      readFileSync(path.join(app, 'node_modules/@trust-center/core/package.json'), 'utf8'),
    ).toContain('"@trust-center/core"')
  })

  it('migrates a fresh SQLite database with every plugin collection under its own slug', () => {
    expect(scenario('migrate').migrations).toBe(1)
  }, 300_000)

  it('publishes with four-eyes, imports a document and takes a subscription', () => {
    const result = scenario('enabled')
    expect(result.editorPublishes).toMatchObject({ status: 403 })
    expect(result.lastEditorPublishes.message).toMatch(/^Four-eyes rule/)
    expect(result.secondLegalPublishes).toBeNull()
    expect(result.published).toEqual({ status: 'published', fingerprint: true })
    expect(result.importAnonymous).toBe(401)
    expect(result.importPreview).toEqual({ status: 200, sections: 1 })
    expect(result.importCreate).toEqual({ status: 201 })
    expect(result.draftsAfterImport).toBe(1)
    expect(result.subscribe).toEqual({ status: 202 })
    expect(result.followers).toEqual(['pending'])
    expect(result.outbox).toBe(1) // the confirmation mail
  }, 300_000)

  it('with enabled: false keeps the collections and their data, but registers no hooks, endpoints or jobs', () => {
    const result = scenario('disabled', { OUTSIDE_APP_ENABLED: '0' })
    expect(result.collections).toEqual(
      expect.arrayContaining([
        'accounts',
        'firms',
        'measure-sets',
        'vendors',
        'vendor-changes',
        'logos',
        'followers',
        'mail-log',
        'notes',
      ]),
    )
    expect(result.globals).toContain('site-build')
    expect(result.counts).toEqual({ companies: 1, tomVersions: 2, subscribers: 1 })
    expect(result.hooks).toEqual([])
    expect(result.collectionEndpoints).toEqual([])
    expect(result.rootEndpoints).toEqual([])
    expect(result.tasks).toEqual([])
    expect(result.subscribe).toBe(404)
    expect(result.savedWhileOff).toEqual({ status: 'published', fingerprint: null })
  }, 300_000)
})
