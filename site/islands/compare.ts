import { diffVersions } from '@trust-center/core/diff'
import type { TomDocument } from '@trust-center/core/tom-schema'
import { type DiffLabels, renderDiff } from './renderDiff'

/**
 * The compare page's island: any two versions of a company, diffed in the browser from the
 * versions' published `.json` with the same engine that renders the changes pages. Only the
 * compare page loads it; a link with `?from=…&to=…` opens a comparison. Without JavaScript the
 * page is a plain list of the versions and their changes pages (the form stays hidden).
 */

interface VersionRef {
  version: string
  date: string
  href: string
  json: string
}
interface Labels extends DiffLabels {
  loading: string
  failed: string
  same: string
  unknown: string
}

const form = document.querySelector<HTMLFormElement>('form.compare-picker')
const result = document.querySelector<HTMLElement>('.compare-result')

if (form && result) {
  // Newest first, as on the page.
  const versions = JSON.parse(form.dataset.versions ?? '[]') as VersionRef[]
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Labels
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!
  const loaded = new Map<string, Promise<Pick<TomDocument, 'sections'>>>()

  // Our own site's data: a shape check instead of a schema library keeps the island small.
  const load = (ref: VersionRef) => {
    let doc = loaded.get(ref.version)
    if (!doc) {
      doc = fetch(ref.json).then(async (res) => {
        if (!res.ok) throw new Error(`${ref.json}: HTTP ${res.status}`)
        const body = (await res.json()) as { content?: { sections?: unknown } }
        if (!Array.isArray(body.content?.sections)) throw new Error(`${ref.json}: no sections`)
        return body.content as Pick<TomDocument, 'sections'>
      })
      doc.catch(() => loaded.delete(ref.version))
      loaded.set(ref.version, doc)
    }
    return doc
  }

  const message = (text: string, cls = 'notice') => {
    const p = document.createElement('p')
    p.className = cls
    p.textContent = text
    result.replaceChildren(p)
  }

  const link = (ref: VersionRef) => {
    const a = document.createElement('a')
    a.href = ref.href
    a.textContent = ref.version
    return a
  }

  let shown = 0
  async function show(from: string | null, to: string | null) {
    const run = ++shown
    if (!from || !to) return result!.replaceChildren()
    const [a, b] = [
      versions.findIndex((v) => v.version === from),
      versions.findIndex((v) => v.version === to),
    ]
    if (a < 0 || b < 0) return message(`${labels.unknown}: ${a < 0 ? from : to}`)
    select('from').value = from
    select('to').value = to
    if (a === b) return message(labels.same)
    // Older → newer, whichever way round they were picked (the list is newest first).
    const [older, newer] = a > b ? [versions[a]!, versions[b]!] : [versions[b]!, versions[a]!]
    message(labels.loading)
    result!.setAttribute('aria-busy', 'true')
    try {
      const [oldDoc, newDoc] = await Promise.all([load(older), load(newer)])
      if (run !== shown) return
      const heading = document.createElement('h2')
      heading.textContent = `${older.version} → ${newer.version}`
      const pair = document.createElement('p')
      pair.append(link(older), ` (${older.date}) → `, link(newer), ` (${newer.date})`)
      result!.replaceChildren(heading, pair, renderDiff(diffVersions(oldDoc, newDoc), labels))
    } catch (error) {
      if (run === shown) message(`${labels.failed} (${(error as Error).message})`, 'notice error')
    } finally {
      if (run === shown) result!.removeAttribute('aria-busy')
    }
  }

  const fromUrl = () => {
    const query = new URLSearchParams(location.search)
    void show(query.get('from'), query.get('to'))
  }

  form.hidden = false
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const [from, to] = [select('from').value, select('to').value]
    // The address names the pair: it can be copied, bookmarked and sent.
    history.pushState(null, '', `?${new URLSearchParams({ from, to })}`)
    void show(from, to)
  })
  addEventListener('popstate', fromUrl)
  fromUrl()
}
