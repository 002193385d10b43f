import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import {
  cpSync,
  type Dirent,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { cachedPagePath } from '../../cms/build/linkedPageCache.mjs'

/**
 * Incremental rebuilds (Astro's incremental build with the cache keys of site/lib/data.ts): after
 * one company publishes a version, only that company's pages are rendered again; every other page
 * is copied from the cache, identical to before, and the changed company's pages are up to date;
 * the site the rebuilds leave is, file by file, the one a full build makes.
 */
const root = path.resolve(import.meta.dirname, '../..')
const { dataDir } = inject('e2e')
const work = mkdtempSync(path.join(tmpdir(), 'trust-center-incremental-'))
cpSync(dataDir, path.join(work, 'data'), { recursive: true }) // the seeded database and its logos
const env = {
  ...process.env,
  TRUSTCENTER_DATA_DIR: path.join(work, 'data'),
  TRUSTCENTER_DIST: path.join(work, 'dist'),
  TRUSTCENTER_CACHE_DIR: path.join(work, 'cache'),
  TRUSTCENTER_SEARCH: 'off',
  DATABASE_URI: '',
  PAYLOAD_SECRET: 'e2e-secret',
  PAYLOAD_LOG_LEVEL: 'warn',
}
const run = (command: string, args: string[], extraEnv: Record<string, string> = {}) => {
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout: 600_000,
  })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}
/**
 * A standby build (the CMS starts one ahead of each rebuild, cms/build/standby.mjs): started now,
 * Astro and the project's config loaded while it waits; `go()` lets it build and gives its log.
 */
function standbyBuild() {
  const child = spawn(process.execPath, ['cms/build/buildWithoutTsx.mjs'], {
    cwd: root,
    env: { ...env, TRUSTCENTER_BUILD_STANDBY: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const closed = once(child, 'close') as Promise<[number | null]>
  return {
    go: async () => {
      child.stdin.end('{}\n')
      const [code] = await closed
      if (code !== 0) throw new Error(`the standby build failed:\n${log}`)
      return log
    },
  }
}
const page = (route: string) => readFileSync(path.join(work, 'dist', route, 'index.html'), 'utf8')
// cms/build/linkedPageCache.mjs: a page and its copy in Astro's cache are one file (hard links).
const cachedPage = (route: string) =>
  path.join(work, 'cache', cachedPagePath(`${route}/index.html`))
const sameFile = (route: string) =>
  statSync(path.join(work, 'dist', route, 'index.html')).ino === statSync(cachedPage(route)).ino
const cached = (route: string) => readFileSync(cachedPage(route), 'utf8')
// Astro's log colours the path and the note when it runs under CI; the colour codes go first.
const plain = (log: string) => log.replace(/\u001b\[[0-9;]*m/g, '')
const reused = (log: string) =>
  [...plain(log).matchAll(/([^\s]+\.(?:html|xml|json|atom|csv)) \((?:restored|cached)\)/g)].map(
    (m) => m[1]!,
  )

describe('rebuild after one changed TOM version', () => {
  it("renders only the changed company's pages again and copies the rest from the cache", async () => {
    const first = run('npm', ['run', '-s', 'build'])
    expect(reused(first)).toEqual([])
    const before = {
      mpmx: page('mpmx/toms/2026-06-01'),
      oldCurrent: page('beispiel-cloud/toms/2026-03-01'),
    }
    expect(before.oldCurrent).not.toContain('nicht mehr aktuell')
    expect(sameFile('mpmx/toms/2026-06-01')).toBe(true)
    expect(sameFile('beispiel-cloud/toms/2026-03-01')).toBe(true)

    // The rebuild after the change is a standby's, started (and warmed up) before the change
    const standby = standbyBuild()
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    const revision = path.join(work, 'revision.md')
    writeFileSync(
      revision,
      readFileSync(path.join(root, 'content/demo/beispiel-cloud-2026-03-01.md'), 'utf8').replace(
        /\n- /,
        '\n- Neue Maßnahme: Schlüsselverwaltung in einem HSM\n- ',
      ),
    )
    run(process.execPath, [
      '--import',
      'tsx',
      'test/helpers/publish-version.ts',
      'beispiel-cloud',
      revision,
      '2026-10-01',
    ])

    const second = await standby.go()
    const copied = reused(second)
    expect(copied).toContain('/mpmx/toms/2026-06-01/index.html')
    expect(copied).toContain('/en/telemaxx/toms/2026-11-24/index.html')
    // Every page of the unchanged companies is taken from the cache, the overviews with their
    // logos too (the build's output folder is always the same name: Astro hashes it into the
    // pages with images); only pages without a cache key (home, compare, the site-wide feed,
    // about) are rendered again
    const unchangedCompanyPages = [
      ...plain(second).matchAll(
        /(\/(?:en\/)?(?:mpmx|telemaxx|mailjet|mailingwork|7pxl)\/[^\s]*index\.html)/g,
      ),
    ].map((m) => m[1]!)
    expect(unchangedCompanyPages.length).toBeGreaterThan(50)
    expect(unchangedCompanyPages.filter((p) => !copied.includes(p))).toEqual([])
    expect(copied.filter((p) => p.includes('/beispiel-cloud/'))).toEqual([])
    // the feeds and the subprocessor list too (endpoints with the company's cache key)
    expect(copied).toEqual(
      expect.arrayContaining([
        '/mpmx/feed.xml',
        '/mpmx/subprocessors/feed.xml',
        '/mpmx/subprocessors.json',
        '/mpmx/feed.atom',
        '/mpmx/feed.json',
        '/mpmx/subprocessors/feed.json',
        '/mpmx/subprocessors/changes.json',
        '/mpmx/subprocessors/dora-register.csv',
      ]),
    )
    expect(readFileSync(path.join(work, 'dist/beispiel-cloud/feed.json'), 'utf8')).toContain(
      '/beispiel-cloud/toms/2026-10-01/changes/',
    )
    // the discovery document has no cache key: the changed company's last change is today's
    const discovery = JSON.parse(
      readFileSync(path.join(work, 'dist/.well-known/trust-center.json'), 'utf8'),
    )
    expect(
      discovery.companies.find((c: { slug: string }) => c.slug === 'beispiel-cloud').lastChange,
    ).toBe(new Date().toISOString().slice(0, 10))
    expect(readFileSync(path.join(work, 'dist/beispiel-cloud/feed.xml'), 'utf8')).toContain(
      '/beispiel-cloud/toms/2026-10-01/changes/',
    )
    // unchanged companies: byte for byte the same page; the changed one: up to date
    expect(page('mpmx/toms/2026-06-01')).toBe(before.mpmx)
    expect(page('beispiel-cloud/toms/2026-03-01')).toContain('nicht mehr aktuell')
    expect(page('beispiel-cloud/toms/2026-10-01')).toContain('Schlüsselverwaltung in einem HSM')
    expect(page('beispiel-cloud')).toContain('/beispiel-cloud/toms/2026-10-01/')
    // restored pages are links to the cache; a re-rendered page replaced its cache entry (the
    // old file was not written into: the previous site kept its own content until it was removed)
    expect(sameFile('mpmx/toms/2026-06-01')).toBe(true)
    expect(sameFile('beispiel-cloud/toms/2026-03-01')).toBe(true)
    expect(cached('beispiel-cloud/toms/2026-03-01')).toContain('nicht mehr aktuell')

    // Nothing changed: the overview with the demo's logo (the only one) comes from the cache, and
    // its optimised images are in the new site
    const third = reused(run('npm', ['run', '-s', 'build']))
    expect(third).toEqual(
      expect.arrayContaining(['/beispiel-cloud/index.html', '/en/beispiel-cloud/index.html']),
    )
    const logos = [...page('beispiel-cloud').matchAll(/<img[^>]*>/g)].flatMap((m) =>
      [...m[0].matchAll(/(\/_astro\/[^\s",]+)/g)].map((u) => u[1]!),
    )
    expect(logos.length).toBeGreaterThan(0)
    for (const logo of logos)
      expect(statSync(path.join(work, 'dist', logo)).size).toBeGreaterThan(0)

    // The site the rebuilds left is the site a full build makes: every file, byte for byte but
    // for the discovery document's build time (a build with an empty cache, into a folder of its own)
    run('npm', ['run', '-s', 'build'], {
      TRUSTCENTER_DIST: path.join(work, 'full'),
      TRUSTCENTER_CACHE_DIR: path.join(work, 'full-cache'),
    })
    expect(differingFiles(path.join(work, 'dist'), path.join(work, 'full'))).toEqual([])
  }, 900_000)
})

/** Files of two sites that are missing in one of them or differ in content. */
function differingFiles(a: string, b: string): string[] {
  const files = (dir: string) =>
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort()
  const inA = files(a)
  const inB = files(b)
  const all = [...new Set([...inA, ...inB])].sort()
  return all.filter(
    (file) =>
      !inA.includes(file) ||
      !inB.includes(file) ||
      !withoutBuildTime(readFileSync(path.join(a, file))).equals(
        withoutBuildTime(readFileSync(path.join(b, file))),
      ),
  )
}

/** `generatedAt` of /.well-known/trust-center.json is the time of the build that wrote it. */
const withoutBuildTime = (content: Buffer) =>
  Buffer.from(content.toString('latin1').replace(/"generatedAt":\s*"[^"]*"/g, ''), 'latin1')
