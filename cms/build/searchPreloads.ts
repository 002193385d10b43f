import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { searchBundlePath } from '@trust-center/core/searchBundles'

/** The search page of a language, beside its index (site/pages/search). */
export const searchPageFile = (language: string) =>
  path.join(...searchBundlePath(language).split('/'), '..', 'search', 'index.html')

/** The part of pagefind-entry.json read here. */
type Entry = { languages: Record<string, { hash: string; wasm?: string | null }> }

/**
 * The links that let a search page fetch what Pagefind asks for next while its scripts still
 * load: the entry file, the language's metadata and its WebAssembly (their names are known only
 * once the index is written). `as="fetch" crossorigin` matches Pagefind's own fetch(), which runs
 * on the page (site/lib/search/pagefind.ts: noWorker; a worker's fetches would not use the page's
 * preloads). The entry is asked for with `?ts=` the metadata's hash: the page passes it to Pagefind
 * as its metaCacheTag, so the preloaded URL is the one Pagefind fetches, and it changes with the index.
 */
export function searchPreloadLinks(bundle: string, entry: Entry, language: string): string {
  const index = entry.languages[language] ?? Object.values(entry.languages)[0]
  if (!index) return ''
  const files = [
    `pagefind-entry.json?ts=${encodeURIComponent(index.hash)}`,
    `pagefind.${index.hash}.pf_meta`,
    `wasm.${index.wasm ?? 'unknown'}.pagefind`,
  ]
  return files
    .map((file) => `<link rel="preload" as="fetch" crossorigin href="${bundle}${file}">`)
    .join('')
}

/** Preload links an earlier build wrote into this page (a page restored from Astro's cache). */
const EARLIER_PRELOADS = /<link rel="preload" as="fetch" crossorigin href="[^"]*pagefind[^"]*">/g

/**
 * Writes the preload links into each language's search page, before its stylesheet (after
 * `<head>` when none is found), in place of any an earlier build wrote. A language without an
 * index or a search page is left alone. The page is replaced by a new file, never written into:
 * an unchanged page is a hard link to Astro's cache entry (linkedPageCache.mjs), which must keep
 * the page as Astro rendered it.
 */
export async function writeSearchPreloads(site: string, languages: string[]): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      const bundle = searchBundlePath(language)
      const entryFile = path.join(site, ...bundle.split('/'), 'pagefind-entry.json')
      const pageFile = path.join(site, searchPageFile(language))
      const [entry, page] = await Promise.all(
        [entryFile, pageFile].map((f) => readFile(f, 'utf8').catch(() => null)),
      )
      if (!entry || !page) return
      const links = searchPreloadLinks(bundle, JSON.parse(entry) as Entry, language)
      const rendered = page.replace(EARLIER_PRELOADS, '')
      const stylesheet = rendered.indexOf('<link rel="stylesheet"')
      const head = rendered.indexOf('<head>')
      const at = stylesheet >= 0 ? stylesheet : head >= 0 ? head + '<head>'.length : -1
      if (at < 0) return
      await writeFile(`${pageFile}.preloads`, rendered.slice(0, at) + links + rendered.slice(at))
      await rename(`${pageFile}.preloads`, pageFile)
    }),
  )
}
