/**
 * The search page's client (browser code): Pagefind loads when the page opens, not at the first
 * keystroke; results are rendered from its JS API (./render.ts: text nodes only).
 */
import {
  loadPagefind,
  warmUpSearch,
  warmUpSegmenter,
  whenIdle,
  type Pagefind,
  type PagefindFilters,
  type PagefindSearch,
} from './pagefind'
import { renderFilters, resultItem, statusText, type Selection, type Texts } from './render'

const PAGE = 10

type Elements = {
  input: HTMLInputElement
  status: HTMLElement
  list: HTMLOListElement
  more: HTMLButtonElement
  filterBox: HTMLElement
}

/** The page's search state: the query's results, what of them is shown, the chosen filters. */
class SearchPage {
  private selected: Selection = {}
  private all: PagefindFilters = {}
  private counts: PagefindFilters = {}
  private current: PagefindSearch | null = null
  private shown = 0
  /** Counts searches: an answer of an older one is dropped. */
  run = 0

  constructor(
    private readonly el: Elements,
    private readonly texts: Texts,
    private readonly loaded: Promise<Pagefind>,
    private readonly firstShown: () => void,
  ) {}

  /** The filter lists arrived: shown, or — for a search counted before them — counted again. */
  filtersArrived(all: PagefindFilters): void {
    this.all = all
    if (this.current) void this.search()
    else this.renderFilters()
  }

  private renderFilters(): void {
    renderFilters(this.el.filterBox, {
      texts: this.texts,
      all: this.all,
      counts: this.current ? this.counts : null,
      selected: this.selected,
      onToggle: (name, value, checked) => {
        const chosen = (this.selected[name] ??= new Set())
        if (checked) chosen.add(value)
        else chosen.delete(value)
        void this.search()
      },
    })
  }

  /**
   * The next page of results. All its fragments are requested at once; each result is shown as
   * soon as it and those before it are in. `aria-busy` tells screen readers (and tests) when the
   * list is complete, not just begun.
   */
  async renderMore(): Promise<void> {
    if (!this.current) return
    const generation = this.run
    const page = this.current.results.slice(this.shown, this.shown + PAGE)
    this.shown += page.length
    this.el.list.setAttribute('aria-busy', 'true')
    for (const next of page.map((r) => r.data())) {
      const data = await next
      if (generation !== this.run) return // a newer search has replaced the list
      this.el.list.append(resultItem(data))
    }
    this.el.list.removeAttribute('aria-busy')
    this.el.more.hidden = this.shown >= this.current.results.length
  }

  private chosenFilters(): Record<string, string[]> {
    return Object.fromEntries(
      Object.entries(this.selected)
        .filter(([, v]) => v.size > 0)
        .map(([k, v]) => [k, [...v]]),
    )
  }

  private clear(): void {
    this.current = null
    this.el.list.replaceChildren()
    this.el.status.textContent = ''
    this.el.more.hidden = true
    this.renderFilters()
  }

  /** Searches the input's text with the chosen filters; the query goes into the address. */
  async search(): Promise<void> {
    const q = this.el.input.value.trim()
    const mine = ++this.run
    const url = new URL(location.href)
    if (q) url.searchParams.set('q', q)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
    if (!q) return this.clear()
    try {
      const pagefind = await this.loaded
      const result = await pagefind.search(q, { filters: this.chosenFilters() })
      if (mine !== this.run || !result) return // a newer search is under way
      this.current = result
      this.counts = result.filters
      this.shown = 0
      this.el.list.replaceChildren()
      this.el.status.textContent = statusText(this.texts, q, result.results.length)
      await this.renderMore()
      this.renderFilters()
    } catch {
      this.el.status.textContent = this.texts.failed
    } finally {
      this.firstShown()
    }
  }
}

function elements(root: HTMLElement): Elements {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector)!
  return {
    input: one<HTMLInputElement>('input[type=search]'),
    status: one<HTMLElement>('.search-status'),
    list: one<HTMLOListElement>('.search-results'),
    more: one<HTMLButtonElement>('.search-more'),
    filterBox: one<HTMLElement>('.search-filters'),
  }
}

/**
 * A keystroke after a pause searches at once; those right after it are gathered into one search
 * 40 ms after the last (the first result after typing was held 40 ms for nothing).
 */
function searchAsYouType(input: HTMLInputElement, search: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastInput = -Infinity
  input.addEventListener('input', () => {
    clearTimeout(timer)
    const now = performance.now()
    if (now - lastInput > 40) search()
    else timer = setTimeout(search, 40)
    lastInput = now
  })
}

/** Starts the search in `root` (the page's `.search`, carrying the bundle path and texts). */
export function startSearch(root: HTMLElement): void {
  const loaded = loadPagefind(root.dataset.bundle!)
  warmUpSegmenter(document.documentElement.lang)
  const el = elements(root)
  // With a search in the address, the filter lists are asked for after its first results, not
  // competing with them; a search shown before them gets its filters when they come.
  const initial = new URLSearchParams(location.search).get('q')
  let firstShown = () => {}
  const firstDone = initial
    ? new Promise<void>((resolve) => (firstShown = resolve))
    : Promise.resolve()
  const page = new SearchPage(el, JSON.parse(root.dataset.texts!) as Texts, loaded, () =>
    firstShown(),
  )
  Promise.all([loaded, firstDone])
    .then(([pagefind]) => pagefind.filters())
    .then((all) => {
      page.filtersArrived(all)
      whenIdle(() => (page.run === 0 ? warmUpSearch(loaded) : undefined))
    })
    .catch(() => {}) // search works without the filter lists
  searchAsYouType(el.input, () => void page.search())
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault()
    void page.search()
  })
  el.more.addEventListener('click', () => void page.renderMore())
  if (initial) {
    el.input.value = initial
    void page.search()
  }
}
