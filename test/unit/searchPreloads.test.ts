import { link, mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { searchPreloadLinks, writeSearchPreloads } from '../../cms/build/searchPreloads'

const entry = (hash: string, wasm: string | null) =>
  JSON.stringify({ version: '1.6.0', languages: { [hash.slice(0, 2)]: { hash, wasm } } })

describe('search page preloads (cms/build/searchPreloads.ts)', () => {
  it("names the entry (tagged with the metadata's hash), the metadata and the WASM", () => {
    expect(
      searchPreloadLinks('/en/pagefind/', JSON.parse(entry('en_807bc63fbe', 'en')), 'en'),
    ).toBe(
      '<link rel="preload" as="fetch" crossorigin href="/en/pagefind/pagefind-entry.json?ts=en_807bc63fbe">' +
        '<link rel="preload" as="fetch" crossorigin href="/en/pagefind/pagefind.en_807bc63fbe.pf_meta">' +
        '<link rel="preload" as="fetch" crossorigin href="/en/pagefind/wasm.en.pagefind">',
    )
    // a language Pagefind has no stemmer for loads its "unknown" WASM
    expect(searchPreloadLinks('/pagefind/', JSON.parse(entry('de_1', null)), 'de')).toContain(
      'href="/pagefind/wasm.unknown.pagefind"',
    )
  })

  it("writes them into each language's search page before its stylesheet", async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'preloads-'))
    const page =
      '<html><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"></head></html>'
    for (const dir of ['pagefind', 'search', 'en/pagefind', 'en/search'])
      await mkdir(path.join(site, dir), { recursive: true })
    await writeFile(path.join(site, 'pagefind/pagefind-entry.json'), entry('de_abc', 'de'))
    await writeFile(path.join(site, 'search/index.html'), page)
    await writeFile(path.join(site, 'en/search/index.html'), page) // no English index: untouched
    await writeSearchPreloads(site, ['de', 'en'])
    const de = await readFile(path.join(site, 'search/index.html'), 'utf8')
    expect(de).toMatch(
      /<meta charset="utf-8">(<link rel="preload" as="fetch" crossorigin href="\/pagefind\/[^"]+">){3}<link rel="stylesheet"/,
    )
    expect(await readFile(path.join(site, 'en/search/index.html'), 'utf8')).toBe(page)
  })

  it("leaves Astro's cached copy of the page alone, and a rebuild's page holds one set of links", async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'preloads-'))
    const page = '<html><head><link rel="stylesheet" href="/a.css"></head></html>'
    for (const dir of ['pagefind', 'search', 'cache']) await mkdir(path.join(site, dir))
    // the unchanged page restored by the linked page cache: one file, two names
    await writeFile(path.join(site, 'cache/search.html'), page)
    await link(path.join(site, 'cache/search.html'), path.join(site, 'search/index.html'))
    await writeFile(path.join(site, 'pagefind/pagefind-entry.json'), entry('de_old', 'de'))
    await writeSearchPreloads(site, ['de'])
    expect(await readFile(path.join(site, 'cache/search.html'), 'utf8')).toBe(page)
    // a page that already holds an earlier build's links (as a copy would): replaced, not added to
    await writeFile(path.join(site, 'pagefind/pagefind-entry.json'), entry('de_new', 'de'))
    await writeSearchPreloads(site, ['de'])
    const html = await readFile(path.join(site, 'search/index.html'), 'utf8')
    expect(html.match(/rel="preload"/g)).toHaveLength(3)
    expect(html).toContain('pagefind-entry.json?ts=de_new')
    expect(html).not.toContain('de_old')
  })
})
