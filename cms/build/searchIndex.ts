import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { eachConcurrently } from './eachConcurrently'

/** A page opts into the index with `data-pagefind-body` on an element (site/layouts/Base.astro). */
const SEARCHABLE = /<[a-z][a-z0-9]*\s[^>]*\bdata-pagefind-body[\s=>]/

/**
 * The HTML files under `dir`, relative to it, with every folder read at once: Node's recursive
 * readdir reads one folder after the other (size L, 40,000 pages: 3–6 s instead of 0.9 s).
 */
async function htmlFilesUnder(dir: string, prefix = ''): Promise<string[]> {
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
 * read and then for Pagefind's answer (size L: 50 s with the cores half idle; 16 at a time: 26–28 s,
 * 8 or 32 no different).
 */
const CONCURRENCY = 16

/**
 * The Pagefind search index over a built site (pages with `data-pagefind-body` only). Any
 * indexing error, or an index with no pages, throws: a trust center without search is broken.
 * It runs after `astro build` has exited, not in Astro's `astro:build:done`: there the Astro
 * process still held its memory when Pagefind's grew, and `npm run build` peaked at 4.2 GiB
 * (size L) instead of the larger of the two (3.2 GiB).
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number }> {
  const { createIndex, close } = await import('pagefind')
  try {
    const { index, errors } = await createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    // Only the pages that opt in are handed to Pagefind: given the whole folder it parsed and held
    // every page (48,000 at size L, 3.9 GiB) to keep a tenth of them.
    const files = (await htmlFilesUnder(site)).sort()
    let pages = 0
    await eachConcurrently(files, CONCURRENCY, async (file) => {
      const content = await readFile(path.join(site, file), 'utf8')
      if (!SEARCHABLE.test(content)) return
      const sourcePath = file.split(path.sep).join('/')
      const added = await index.addHTMLFile({ sourcePath, content })
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`)
      pages++
    })
    if (pages === 0) throw new Error('Pagefind found no pages to index (no element with data-pagefind-body?)')
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return { pages }
  } finally {
    await close()
  }
}
