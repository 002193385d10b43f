import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { carryOverSearchIndexes } from '../../cms/build/liveSearchIndex'

const entry = (hash: string) =>
  JSON.stringify({ version: '1.6.0', languages: { [hash.slice(0, 2)]: { hash, wasm: null } } })
const page = '<html><head><link rel="stylesheet" href="/a.css"></head></html>'

/** A built site's search pages, and for the given languages a Pagefind bundle with a fragment. */
async function site(bundles: Array<'de' | 'en'>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'live-search-'))
  for (const search of ['search', 'en/search']) {
    await mkdir(path.join(dir, search), { recursive: true })
    await writeFile(path.join(dir, search, 'index.html'), page)
  }
  for (const language of bundles) {
    const bundle = path.join(dir, language === 'de' ? 'pagefind' : 'en/pagefind')
    await mkdir(path.join(bundle, 'fragment'), { recursive: true })
    await writeFile(path.join(bundle, 'pagefind-entry.json'), entry(`${language}_1`))
    await writeFile(path.join(bundle, 'fragment', `${language}_f.pf_fragment`), language)
  }
  return dir
}

describe('the live search index carried over to a rebuilt site (cms/build/liveSearchIndex.ts)', () => {
  it("links every language's index into the new site, and its search pages preload it", async () => {
    const [live, staging] = [await site(['de', 'en']), await site([])]
    expect(await carryOverSearchIndexes(live, staging)).toBe(true)
    for (const file of ['pagefind/fragment/de_f.pf_fragment', 'en/pagefind/pagefind-entry.json']) {
      const [a, b] = await Promise.all([live, staging].map((s) => stat(path.join(s, file))))
      expect(b!.ino).toBe(a!.ino) // a hard link: nothing copied, nothing of the live site written
    }
    expect(await readFile(path.join(staging, 'en/search/index.html'), 'utf8')).toContain(
      'href="/en/pagefind/pagefind.en_1.pf_meta"',
    )
    expect(await readFile(path.join(live, 'search/index.html'), 'utf8')).toBe(page)
  })

  it('carries nothing over when a language has no index yet: the new one must come first', async () => {
    const [live, staging] = [await site(['de']), await site([])]
    expect(await carryOverSearchIndexes(live, staging)).toBe(false)
    expect((await readdir(staging)).sort()).toEqual(['en', 'search'])
    expect(await readFile(path.join(staging, 'search/index.html'), 'utf8')).toBe(page)
  })
})
