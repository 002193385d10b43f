import { readdirSync, readFileSync } from 'node:fs'
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
})
