import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The rules of docs/architecture.md ("Package boundaries"): the core is framework-free; Payload
 * never reaches the site's components; the three packages are used by name, never by a relative
 * path into another package's folder, and declare what they import.
 */
const root = path.resolve(import.meta.dirname, '../..')
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  )
const imports = (file: string) =>
  [
    ...readFileSync(path.join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g),
  ].map((m) => m[1]!)

const packages = [
  { dir: 'cms/domain', name: '@trust-center/core' },
  { dir: 'cms/plugin', name: '@trust-center/payload-plugin' },
  { dir: 'site/loaders', name: '@trust-center/astro-loader' },
]
const packageOf = (file: string) =>
  packages.find((p) => file === p.dir || file.startsWith(`${p.dir}/`))
const sourceFiles = (dir: string) =>
  files(dir).filter((f) => /\.(ts|tsx|mts|mjs|astro)$/.test(f) && !f.includes('node_modules'))
const bareName = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!

describe('architecture boundaries', () => {
  it('each package imports by relative path only inside its own folder', () => {
    const offending = packages.flatMap((p) =>
      sourceFiles(p.dir).flatMap((f) =>
        imports(f)
          .filter((i) => i.startsWith('.') && packageOf(path.join(path.dirname(f), i)) !== p)
          .map((i) => `${f}: ${i}`),
      ),
    )
    expect(offending).toEqual([])
  })

  it('code outside the packages uses them by name, not by a path into their folders (tests excepted)', () => {
    const offending = ['cms', 'site', 'bench']
      .flatMap(sourceFiles)
      .filter((f) => !packageOf(f))
      .flatMap((f) =>
        imports(f)
          .filter((i) => i.startsWith('.') && packageOf(path.join(path.dirname(f), i)))
          .map((i) => `${f}: ${i}`),
      )
    expect(offending).toEqual([])
  })

  it('each package declares what it imports (dependencies or peerDependencies)', () => {
    const offending = packages.flatMap((p) => {
      const manifest = JSON.parse(readFileSync(path.join(root, p.dir, 'package.json'), 'utf8'))
      const declared = new Set([
        p.name,
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.peerDependencies ?? {}),
      ])
      return sourceFiles(p.dir).flatMap((f) =>
        imports(f)
          .filter(
            (i) =>
              !/[\s,]/.test(i) &&
              !i.startsWith('.') &&
              !i.startsWith('node:') &&
              !declared.has(bareName(i)),
          )
          .map((i) => `${f}: ${i}`),
      )
    })
    expect(offending).toEqual([])
  })

  it('the core depends on no other package of ours; the loader takes only the options of the plugin', () => {
    const offending = [
      ...sourceFiles('cms/domain').flatMap((f) =>
        imports(f)
          .filter((i) => /^@trust-center\//.test(i))
          .map((i) => `${f}: ${i}`),
      ),
      ...sourceFiles('site/loaders').flatMap((f) =>
        imports(f)
          .filter((i) => /^@trust-center\/payload-plugin(?!\/options$)/.test(i))
          .map((i) => `${f}: ${i}`),
      ),
    ]
    expect(offending).toEqual([])
  })

  it('cms/domain imports neither Payload, Astro, Next nor React', () => {
    const offending = files('cms/domain').flatMap((f) =>
      imports(f)
        .filter((i) => /^(payload|@payloadcms|astro|next|react)(\/|$)/.test(i))
        .map((i) => `${f}: ${i}`),
    )
    expect(offending).toEqual([])
  })

  it('site components, layouts and pages import no Payload code', () => {
    const offending = ['site/components', 'site/layouts', 'site/pages', 'site/lib']
      .flatMap(files)
      .flatMap((f) =>
        imports(f)
          .filter((i) =>
            /^(payload|@payloadcms)(\/|$)|cms\/(plugin|database|payload\.config)/.test(i),
          )
          .map((i) => `${f}: ${i}`),
      )
    expect(offending).toEqual([])
  })

  it('`npm run build` loads no Payload before it starts Astro (that was ~4 s and ~320 MB per build)', () => {
    // The files the build's entry imports at run time (type-only imports are erased), followed
    // through the repository; a package import is only checked, not followed.
    const runtimeImports = (file: string) =>
      [
        ...readFileSync(path.join(root, file), 'utf8').matchAll(
          /^\s*(?:import|export)\s+(?!type\b)[^'\n]*?from\s*'([^']+)'|import\s*\(\s*'([^']+)'/gm,
        ),
      ].map((m) => (m[1] ?? m[2])!)
    const resolve = (from: string, spec: string) =>
      ['', '.ts', '.mjs', '/index.ts']
        .map((ext) => path.join(path.dirname(from), spec + ext))
        .find((f) => /\.(ts|mjs)$/.test(f) && existsSync(path.join(root, f)))
    const seen = new Set<string>()
    const offending: string[] = []
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const spec of runtimeImports(file)) {
        if (/^(payload|@payloadcms)(\/|$)/.test(spec)) offending.push(`${file}: ${spec}`)
        else if (spec.startsWith('.')) {
          const target = resolve(file, spec)
          if (!target) throw new Error(`${file}: cannot resolve ${spec}`)
          if (target.startsWith('cms/migrations')) offending.push(`${file}: ${spec}`)
          else visit(target)
        }
      }
    }
    visit('cms/scripts/build-site.ts')
    expect(seen).toContain('cms/database/sqliteFileCheck.ts') // the walk reached the file check
    expect(offending).toEqual([])
  })
})
