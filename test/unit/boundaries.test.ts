import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/** DESIGN §2: domain code is framework-free; Payload types never reach the site's components. */
const root = path.resolve(import.meta.dirname, '../..')
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
const imports = (file: string) => [...readFileSync(path.join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!)

describe('architecture boundaries', () => {
  it('cms/domain imports neither Payload, Astro, Next nor React', () => {
    const offending = files('cms/domain').flatMap((f) => imports(f).filter((i) => /^(payload|@payloadcms|astro|next|react)(\/|$)/.test(i)).map((i) => `${f}: ${i}`))
    expect(offending).toEqual([])
  })

  it('site components, layouts and pages import no Payload code', () => {
    const offending = ['site/components', 'site/layouts', 'site/pages', 'site/lib'].flatMap(files).flatMap((f) =>
      imports(f).filter((i) => /^(payload|@payloadcms)(\/|$)|cms\/(plugin|database|payload\.config)/.test(i)).map((i) => `${f}: ${i}`),
    )
    expect(offending).toEqual([])
  })

  it('`npm run build` loads no Payload before it starts Astro (that was ~4 s and ~320 MB per build)', () => {
    // The files the build's entry imports at run time (type-only imports are erased), followed
    // through the repository; a package import is only checked, not followed.
    const runtimeImports = (file: string) => [...readFileSync(path.join(root, file), 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'\n]*?from\s*'([^']+)'|import\s*\(\s*'([^']+)'/gm)].map((m) => (m[1] ?? m[2])!)
    const resolve = (from: string, spec: string) => ['', '.ts', '.mjs', '/index.ts'].map((ext) => path.join(path.dirname(from), spec + ext)).find((f) => /\.(ts|mjs)$/.test(f) && existsSync(path.join(root, f)))
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
