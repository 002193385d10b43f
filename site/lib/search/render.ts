/**
 * The search page's DOM (browser code). Titles, excerpts, filter names and values are page text
 * written by editors (a company may be called `<img onerror=…>`), so they become text nodes only:
 * nothing of them is ever parsed as markup on the live page.
 */
import type { PagefindFilters, PagefindResultData } from './pagefind'

export type Texts = Record<
  'results' | 'result' | 'none' | 'more' | 'filters' | 'failed',
  string
> & {
  filterNames: Record<string, string>
}
export type Selection = Record<string, Set<string>>

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

function link(url: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a')
  a.href = safePath(url)
  a.textContent = text
  return a
}

function excerpt(html: string): HTMLParagraphElement {
  const p = document.createElement('p')
  p.append(...excerptNodes(html))
  return p
}

/** One result: its title as a link, its excerpt, and up to three sections of the page that match. */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li')
  li.className = 'search-result'
  const title = document.createElement('h3')
  title.append(link(data.url, data.meta.title ?? data.url))
  li.append(title, excerpt(data.excerpt))
  const subs = (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, 3)
  if (subs.length > 0) {
    const ul = document.createElement('ul')
    for (const sub of subs) {
      const item = document.createElement('li')
      item.append(link(sub.url, sub.title), excerpt(sub.excerpt))
      ul.append(item)
    }
    li.append(ul)
  }
  return li
}

export type FilterView = {
  texts: Texts
  /** Every filter value with its number of pages. */
  all: PagefindFilters
  /** The shown search's counts, or null before a search (then `all`'s counts are shown). */
  counts: PagefindFilters | null
  selected: Selection
  onToggle: (name: string, value: string, checked: boolean) => void
}

function filterOption(view: FilterView, name: string, value: string): HTMLLabelElement {
  const label = document.createElement('label')
  const box = document.createElement('input')
  box.type = 'checkbox'
  box.name = name
  box.value = value
  box.checked = view.selected[name]?.has(value) ?? false
  box.addEventListener('change', () => view.onToggle(name, value, box.checked))
  const count = document.createElement('span')
  count.className = 'count'
  const n = view.counts ? (view.counts[name]?.[value] ?? 0) : view.all[name]![value]
  count.textContent = String(n ?? 0)
  const text = document.createElement('span')
  text.className = 'value'
  text.textContent = value
  label.append(box, text, count)
  return label
}

/** The filter lists, kind first, each value with its count, in place of what `box` held. */
export function renderFilters(box: HTMLElement, view: FilterView): void {
  box.replaceChildren()
  const rank = (name: string) => FILTER_ORDER.indexOf(name) + 1 || 99
  const names = Object.keys(view.all).sort((a, b) => rank(a) - rank(b))
  if (names.length === 0) return
  const heading = document.createElement('h2')
  heading.textContent = view.texts.filters
  box.append(heading)
  for (const name of names) {
    const set = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = view.texts.filterNames[name] ?? name
    set.append(legend)
    for (const value of Object.keys(view.all[name]!).sort((a, b) => a.localeCompare(b)))
      set.append(filterOption(view, name, value))
    box.append(set)
  }
}

/** "12 Ergebnisse für „…“", one result, or none. */
export function statusText(texts: Texts, q: string, n: number): string {
  if (n === 0) return texts.none.replace('%s', q)
  return (n === 1 ? texts.result : texts.results).replace('%n', String(n)).replace('%s', q)
}
