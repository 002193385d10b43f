import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { compoundTerms, INDEX_ONLY } from '@trust-center/core/compounds'
import { searchBundlePath } from '@trust-center/core/searchBundles'
import { eachConcurrently } from './eachConcurrently'
import { spacedBlocks } from './spacedBlocks'
import { writeSearchPreloads } from './searchPreloads'

/** A page opts into the index with `data-pagefind-body` on an element (site/layouts/Base.astro). */
const SEARCHABLE = /<[a-z][a-z0-9]*\s[^>]*\bdata-pagefind-body[\s=>]/
const LANGUAGE = /<html\b[^>]*\slang="([^"]+)"/

/**
 * The HTML files under `dir`, relative to it, with every folder read at once: Node's recursive
 * readdir reads one folder after the other (size L, 40,000 pages: 3–6 s instead of 0.9 s).
 */
export async function htmlFilesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const file = prefix ? path.join(prefix, entry.name) : entry.name
      if (entry.isDirectory()) return htmlFilesUnder(dir, file)
      return entry.isFile() && entry.name.endsWith('.html') ? [file] : []
    }),
  )
  return nested.flat()
}

/**
 * Pages are read, checked and handed over many at a time: one by one, each waited for its file
 * read and then for Pagefind's answer (size L: 50 s with the cores half idle). With one Pagefind
 * per language, 32 at a time keep both busy (size L: 25–28 s; 16: 28 s; one Pagefind for all: 36 s).
 */
const CONCURRENCY = 32

/**
 * The pages in an order that alternates between the site's language folders (German at /,
 * English under en/), so both languages' Pagefind processes have work from the start; in
 * path order all English pages came first and the two processes took turns. Only the schedule
 * depends on the folder: which index a page goes to is decided by its `<html lang>`.
 */
export function alternatingLanguages(files: string[]): string[] {
  const groups = new Map<string, string[]>()
  for (const file of [...files].sort()) {
    const folder = /^[a-z]{2}[\\/]/.test(file) ? file.slice(0, 2) : ''
    const group = groups.get(folder)
    if (group) group.push(file)
    else groups.set(folder, [file])
  }
  const lists = [...groups.values()]
  const out: string[] = []
  for (let i = 0; out.length < files.length; i++)
    for (const list of lists) if (i < list.length) out.push(list[i]!)
  return out
}

/**
 * A German page as handed to Pagefind (the file on disk stays as it is): the parts of its
 * compounds (cms/domain/compounds.ts) added at the end of its searchable element, weighted below
 * the page's own words, so "Kontrolle" finds "Zutrittskontrolle" and ranks pages that say it first.
 */
function withCompoundParts(html: string): string {
  const start = html.search(SEARCHABLE)
  const end = html.lastIndexOf('</main>')
  if (start < 0 || end < start) return html
  const text = html
    .slice(start, end)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
  const terms = compoundTerms(text)
  if (terms.length === 0) return html
  return `${html.slice(0, end)}<p data-pagefind-weight="0.5">${terms.map((t) => `${INDEX_ONLY}${t}`).join(' ')}</p>${html.slice(end)}`
}

type PagefindModule = typeof import('pagefind')
type PagefindIndex = NonNullable<Awaited<ReturnType<PagefindModule['createIndex']>>['index']>

/**
 * One Pagefind per language, each its own process: a Pagefind process indexes on one core, one
 * page after the other, even with several indexes (size L: two indexes in one process 28.6 s,
 * one index 26.2 s). The pagefind module keeps one process per module instance, so each
 * language imports a module instance of its own (same file, another query).
 */
async function pagefindFor(
  language: string,
): Promise<{ pagefind: PagefindModule; index: PagefindIndex }> {
  const pagefind = (await import(
    `${import.meta.resolve('pagefind')}?language=${encodeURIComponent(language)}`
  )) as PagefindModule
  const { index, errors } = await pagefind.createIndex({})
  if (!index) {
    await pagefind.close()
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  }
  return { pagefind, index }
}

/**
 * The Pagefind search index over a built site (pages with `data-pagefind-body` only), one per
 * language at searchBundlePath(language) — the language of `<html lang>`, as Pagefind itself
 * separates them — and each language's search page told what to preload of it
 * (searchPreloads.ts). Any indexing error, or no page to index, throws: a trust center without
 * search is broken. It runs after `astro build` has exited, not in Astro's `astro:build:done`:
 * there the Astro process still held its memory when Pagefind's grew, and `npm run build`
 * peaked at 4.2 GiB (size L) instead of the larger of the two (3.2 GiB).
 */
export type StartedIndexes = Map<
  string,
  Promise<{ pagefind: PagefindModule; index: PagefindIndex }>
>

/**
 * Pagefind processes started ahead, while Astro still builds (starting one took 0.1–0.5 s, on
 * the path from publish to live). Hand them to buildSearchIndex, which closes them in any case;
 * a language no page has gets an empty index that is never written.
 */
export function startSearchIndexes(languages: string[]): StartedIndexes {
  const started: StartedIndexes = new Map()
  for (const language of languages) {
    const index = pagefindFor(language)
    index.catch(() => {}) // reported by buildSearchIndex when it awaits it
    started.set(language, index)
  }
  return started
}

/** Ends Pagefind processes started ahead by startSearchIndexes (when the build failed before). */
export async function closeSearchIndexes(started: StartedIndexes): Promise<void> {
  await Promise.allSettled([...started.values()].map(async (s) => (await s).pagefind.close()))
}

export type SearchIndexOptions = {
  /** Pagefind processes started ahead by startSearchIndexes. */
  started?: StartedIndexes
  /**
   * Where the bundles are written (a site-shaped folder), when not into `site` itself: a live
   * site's index is written beside it and swapped in (liveSearchIndex.ts). The search pages'
   * preloads are written only into `site`, and only when the bundles are.
   */
  writeTo?: string
}

export async function buildSearchIndex(
  site: string,
  { started = new Map(), writeTo = site }: SearchIndexOptions = {},
): Promise<{ pages: number; languages: Record<string, number> }> {
  const indexes: StartedIndexes = new Map(started)
  const languages: Record<string, number> = {}
  try {
    // Only the pages that opt in are handed to Pagefind: given the whole folder it parsed and held
    // every page (48,000 at size L, 3.9 GiB) to keep a tenth of them.
    const files = alternatingLanguages(await htmlFilesUnder(site))
    await eachConcurrently(files, CONCURRENCY, async (file) => {
      const content = await readFile(path.join(site, file), 'utf8')
      if (!content.includes('data-pagefind-body') || !SEARCHABLE.test(content)) return // includes(): most pages, 3 s less at L
      const sourcePath = file.split(path.sep).join('/')
      const language = LANGUAGE.exec(content)?.[1]
      if (!language)
        throw new Error(
          `${sourcePath} opts into search but states no <html lang>: its index would be unknown`,
        )
      if (!indexes.has(language)) indexes.set(language, pagefindFor(language))
      const { index } = await indexes.get(language)!
      const added = await index.addHTMLFile({
        sourcePath,
        content: spacedBlocks(language === 'de' ? withCompoundParts(content) : content),
      })
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`)
      languages[language] = (languages[language] ?? 0) + 1
    })
    if (Object.keys(languages).length === 0)
      throw new Error('Pagefind found no pages to index (no element with data-pagefind-body?)')
    await Promise.all(
      [...indexes].map(async ([language, started]) => {
        if (!languages[language]) return // started ahead, no page of it
        const { index } = await started
        const written = await index.writeFiles({
          outputPath: path.join(writeTo, ...searchBundlePath(language).split('/')),
        })
        if (written.errors.length > 0)
          throw new Error(
            `Pagefind could not write the ${language} index: ${written.errors.join('; ')}`,
          )
      }),
    )
    if (writeTo === site) await writeSearchPreloads(site, Object.keys(languages))
    return { pages: Object.values(languages).reduce((a, b) => a + b, 0), languages }
  } finally {
    await closeSearchIndexes(indexes)
  }
}
