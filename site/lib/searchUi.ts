/**
 * The search page's client (browser code). Results are rendered from Pagefind's JS API with DOM
 * text nodes only: titles, excerpts, filter names and values are page text written by editors
 * (a company may be called `<img onerror=…>`), so nothing of it is ever parsed as markup on the
 * live page. Pagefind and its filter lists load when the page opens, not at the first keystroke.
 */
type PagefindResultData = {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  sub_results?: Array<{ title: string; url: string; excerpt: string }>
}
type PagefindSearch = {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>
  filters: Record<string, Record<string, number>>
}
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (
    q: string | null,
    o?: { filters?: Record<string, string[]> },
  ) => Promise<PagefindSearch | null>
  preload: (q: string) => Promise<void>
}
type Texts = Record<'results' | 'result' | 'none' | 'more' | 'filters' | 'failed', string> & {
  filterNames: Record<string, string>
}

const PAGE = 10
const FILTER_ORDER = ['kind', 'company', 'category']

/** Words in the index only (German compound parts, cms/domain/compounds.ts), never shown. */
const INDEX_ONLY = /\u2042\S*\s*/g

/**
 * Pagefind's excerpt is HTML with <mark> around hits: read it in an inert document (nothing in it
 * loads or runs) and keep only its text and marks, without the index-only words.
 */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  const out: Node[] = []
  for (const node of doc.body.childNodes) {
    const text = (node.textContent ?? '').replace(INDEX_ONLY, '')
    if (!text) continue
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = text
      out.push(mark)
    } else out.push(document.createTextNode(text))
  }
  return out
}

/** Only links into this site: a result URL is a path. */
const safePath = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url : '#')

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

// Long: one closure over the page's search state (query, selected filters, results shown),
// shared by its renderers; to be split into a state object and render functions.
export function startSearch(root: HTMLElement): void {
  const bundle = root.dataset.bundle!
  const texts = JSON.parse(root.dataset.texts!) as Texts
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!
  const status = root.querySelector<HTMLElement>('.search-status')!
  const list = root.querySelector<HTMLOListElement>('.search-results')!
  const more = root.querySelector<HTMLButtonElement>('.search-more')!
  const filterBox = root.querySelector<HTMLElement>('.search-filters')!
  const selected: Record<string, Set<string>> = {}
  let all: Record<string, Record<string, number>> = {}
  let counts: Record<string, Record<string, number>> = {}
  let current: PagefindSearch | null = null
  let shown = 0
  let run = 0

  const loaded = (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(
    async (pagefind) => {
      await pagefind.options({ excerptLength: 26, noWorker: true, ...preloadedEntry(bundle) })
      await pagefind.init()
      return pagefind
    },
  )
  // Filter lists arrive on their own: a search shown before them gets its filters when they come.
  // With a search in the address they are asked for after its first results, not competing with them.
  const initial = new URLSearchParams(location.search).get('q')
  let firstShown: () => void = () => {}
  const firstDone = initial
    ? new Promise<void>((resolve) => (firstShown = resolve))
    : Promise.resolve()
  Promise.all([loaded, firstDone])
    .then(([p]) => p.filters())
    .then((f) => {
      all = f
      if (current)
        void search() // counted before every filter chunk was in: count again, same selection
      else renderFilters()
    })
    .catch(() => {}) // search works without the filter lists

  function renderFilters() {
    filterBox.replaceChildren()
    const names = Object.keys(all).sort(
      (a, b) => (FILTER_ORDER.indexOf(a) + 1 || 99) - (FILTER_ORDER.indexOf(b) + 1 || 99),
    )
    if (names.length === 0) return
    const heading = document.createElement('h2')
    heading.textContent = texts.filters
    filterBox.append(heading)
    for (const name of names) {
      const set = document.createElement('fieldset')
      const legend = document.createElement('legend')
      legend.textContent = texts.filterNames[name] ?? name
      set.append(legend)
      for (const value of Object.keys(all[name]!).sort((a, b) => a.localeCompare(b))) {
        const label = document.createElement('label')
        const box = document.createElement('input')
        box.type = 'checkbox'
        box.name = name
        box.value = value
        box.checked = selected[name]?.has(value) ?? false
        box.addEventListener('change', () => {
          const chosen = (selected[name] ??= new Set())
          if (box.checked) chosen.add(value)
          else chosen.delete(value)
          void search()
        })
        const count = document.createElement('span')
        count.className = 'count'
        const n = current ? (counts[name]?.[value] ?? 0) : all[name]![value]
        count.textContent = String(n ?? 0)
        const text = document.createElement('span')
        text.className = 'value'
        text.textContent = value
        label.append(box, text, count)
        set.append(label)
      }
      filterBox.append(set)
    }
  }

  async function renderMore() {
    if (!current) return
    const generation = run
    const page = current.results.slice(shown, shown + PAGE)
    shown += page.length
    // screen readers (and tests) learn when the list is complete, not just begun
    list.setAttribute('aria-busy', 'true')
    // All fragments are requested at once; each result is shown as soon as it and those before it are in.
    const pending = page.map((r) => r.data())
    for (const next of pending) {
      const data = await next
      if (generation !== run) return // a newer search has replaced the list
      const li = document.createElement('li')
      li.className = 'search-result'
      const title = document.createElement('h3')
      const link = document.createElement('a')
      link.href = safePath(data.url)
      link.textContent = data.meta.title ?? data.url
      title.append(link)
      const excerpt = document.createElement('p')
      excerpt.append(...excerptNodes(data.excerpt))
      li.append(title, excerpt)
      const subs = (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, 3)
      if (subs.length > 0) {
        const ul = document.createElement('ul')
        for (const sub of subs) {
          const item = document.createElement('li')
          const a = document.createElement('a')
          a.href = safePath(sub.url)
          a.textContent = sub.title
          const p = document.createElement('p')
          p.append(...excerptNodes(sub.excerpt))
          item.append(a, p)
          ul.append(item)
        }
        li.append(ul)
      }
      list.append(li)
    }
    list.removeAttribute('aria-busy')
    more.hidden = shown >= current.results.length
  }

  async function search() {
    const q = input.value.trim()
    const mine = ++run
    const url = new URL(location.href)
    if (q) url.searchParams.set('q', q)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
    const filters = Object.fromEntries(
      Object.entries(selected)
        .filter(([, v]) => v.size > 0)
        .map(([k, v]) => [k, [...v]]),
    )
    if (!q) {
      current = null
      list.replaceChildren()
      status.textContent = ''
      more.hidden = true
      renderFilters()
      return
    }
    try {
      const pagefind = await loaded
      const result = await pagefind.search(q, { filters })
      if (mine !== run || !result) return // a newer search is under way
      current = result
      counts = result.filters
      shown = 0
      list.replaceChildren()
      const n = result.results.length
      status.textContent =
        n === 0
          ? texts.none.replace('%s', q)
          : (n === 1 ? texts.result : texts.results).replace('%n', String(n)).replace('%s', q)
      await renderMore()
      renderFilters()
    } catch {
      status.textContent = texts.failed
    } finally {
      firstShown()
    }
  }

  // A keystroke after a pause searches at once; those right after it are gathered into one
  // search 40 ms after the last (the first result after typing was held 40 ms for nothing).
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastInput = -Infinity
  input.addEventListener('input', () => {
    clearTimeout(timer)
    const now = performance.now()
    if (now - lastInput > 40) void search()
    else timer = setTimeout(() => void search(), 40)
    lastInput = now
  })
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault()
    void search()
  })
  more.addEventListener('click', () => void renderMore())
  if (initial) {
    input.value = initial
    void search()
  }
}
