/**
 * Pagefind's JS API as the search page uses it (browser code): loading it on the page, and
 * warming up what its first search would otherwise pay for on the way to the first result.
 */
export type PagefindResultData = {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  sub_results?: Array<{ title: string; url: string; excerpt: string }>
}
export type PagefindFilters = Record<string, Record<string, number>>
export type PagefindSearch = {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>
  filters: PagefindFilters
}
export type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  filters: () => Promise<PagefindFilters>
  search: (
    q: string | null,
    o?: { filters?: Record<string, string[]> },
  ) => Promise<PagefindSearch | null>
  preload: (q: string) => Promise<void>
}

/**
 * Pagefind runs on the page, not in its worker: the build preloads the files it asks for first
 * (cms/build/searchPreloads.ts), and only the page's own fetches use those preloads. The entry's
 * preloaded URL carries the cache tag Pagefind must ask with to match it.
 */
function preloadedEntry(bundle: string): { metaCacheTag?: string } {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=fetch]')) {
    const url = new URL(link.href)
    if (url.pathname === `${bundle}pagefind-entry.json`) {
      const tag = url.searchParams.get('ts')
      if (tag) return { metaCacheTag: tag }
    }
  }
  return {}
}

/** Imports and starts Pagefind from the language's bundle (a path ending in `/`). */
export function loadPagefind(bundle: string): Promise<Pagefind> {
  return (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(
    async (pagefind) => {
      await pagefind.options({ excerptLength: 26, noWorker: true, ...preloadedEntry(bundle) })
      await pagefind.init()
      return pagefind
    },
  )
}

/**
 * Pagefind's first search in a page builds an `Intl.Segmenter` for the page's language, and the
 * first one a page builds loads the language's break rules (tens of milliseconds, once per page).
 * Built here while the index's files are still on their way, it is off the first search's path.
 */
export function warmUpSegmenter(language: string): void {
  try {
    new Intl.Segmenter(language || undefined, { granularity: 'grapheme' }).segment('a')
  } catch {
    // an unknown language tag: Pagefind falls back the same way
  }
}

/**
 * Pagefind's WebAssembly is compiled lazily, function by function, into baseline code first: the
 * first search of a page runs several times slower than the next. A search without a word (all
 * pages, no filter) runs the same matching and result code without fetching anything, so the
 * reader's first real search runs in warm code. The mark tells tests and the bench it has run.
 */
export function warmUpSearch(loaded: Promise<Pagefind>): void {
  void loaded
    .then((pagefind) => pagefind.search(null))
    .then(() => performance.mark('search-warmed'))
    .catch(() => {})
}

/** After the page's own work (a timer where the browser has no idle callbacks). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 200)
}
