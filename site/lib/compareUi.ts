/**
 * /compare/ in the browser: two companies' current TOMs side by side, per Art. 32 category, with
 * the measure texts. The measures come from each version's public JSON (/{company}/toms/{v}.json),
 * so the page stays light however many companies there are; every text is set as text.
 */
type Measure = { text: string; detail?: string }
type Control = {
  heading: string
  category: string
  alsoCovers?: string[]
  measures: Measure[]
  groups: Array<{ label: string; measures: Measure[] }>
}
type Version = { content: { sections: Array<{ controls: Control[] }> } }
type Texts = { none: string; failed: string; categories: Array<[string, string]> }

/** The measures of one category, with the heading of the control that states them. */
function measuresIn(
  version: Version,
  category: string,
): Array<{ heading: string; measures: Measure[] }> {
  return version.content.sections
    .flatMap((s) => s.controls)
    .filter((c) => c.category === category || (c.alsoCovers ?? []).includes(category))
    .map((c) => ({
      heading: c.heading,
      measures: [...c.measures, ...c.groups.flatMap((g) => g.measures)],
    }))
    .filter((c) => c.measures.length > 0)
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (cls) node.className = cls
  return node
}

export function startCompare(form: HTMLFormElement, out: HTMLElement): void {
  const texts = JSON.parse(form.dataset.texts!) as Texts
  const cache = new Map<string, Promise<Version>>()
  const load = (url: string) => {
    if (!cache.has(url))
      cache.set(
        url,
        fetch(url).then((r) =>
          r.ok ? (r.json() as Promise<Version>) : Promise.reject(new Error(r.statusText)),
        ),
      )
    return cache.get(url)!
  }
  const chosen = (name: 'a' | 'b') =>
    form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!.selectedOptions[0]!

  async function show() {
    const [a, b] = [chosen('a'), chosen('b')]
    for (const cell of document.querySelectorAll<HTMLElement>('.coverage [data-company]'))
      cell.hidden = ![a.value, b.value].includes(cell.dataset.company!)
    try {
      const [va, vb] = await Promise.all([load(a.dataset.json!), load(b.dataset.json!)])
      const sections: HTMLElement[] = []
      for (const [key, label] of texts.categories) {
        const section = el('section')
        section.append(el('h3', label))
        const grid = el('div', undefined, 'side-by-side')
        for (const [option, version] of [
          [a, va],
          [b, vb],
        ] as const) {
          const col = el('div')
          col.append(el('h4', option.textContent ?? ''))
          const docLang =
            option.dataset.lang && option.dataset.lang !== document.documentElement.lang
              ? option.dataset.lang
              : undefined
          const body = el('div')
          if (docLang) body.lang = docLang
          const found = measuresIn(version, key)
          if (found.length === 0) col.append(el('p', texts.none, 'lacking'))
          for (const control of found) {
            body.append(el('p', control.heading, 'control-heading'))
            const ul = el('ul', undefined, 'measures')
            for (const m of control.measures)
              ul.append(el('li', m.detail ? `${m.text} — ${m.detail}` : m.text))
            body.append(ul)
          }
          col.append(body)
          grid.append(col)
        }
        section.append(grid)
        sections.push(section)
      }
      out.replaceChildren(...sections)
    } catch {
      out.replaceChildren(el('p', texts.failed, 'notice'))
    }
  }

  form.hidden = false
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void show()
  })
  form.querySelector('[data-show-all]')!.addEventListener('click', () => {
    for (const cell of document.querySelectorAll<HTMLElement>('.coverage [data-company]'))
      cell.hidden = false
    out.replaceChildren()
  })
  void show()
}
