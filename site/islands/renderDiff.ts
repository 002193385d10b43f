import type { Change } from 'diff'
import type { ControlDiff, MeasureDiff, TomDiff } from '@trust-center/core/diff'

/**
 * A version diff as DOM, in the browser: the same elements and classes as the server-rendered
 * changes page (site/components/ChangesView.astro, MeasureChange.astro, WordChanges.astro), so the
 * site's CSS styles both alike. Text goes in as text nodes, never as HTML.
 */

/** The interface words the diff needs, handed over by the page in its locale. */
export interface DiffLabels {
  changes: string
  category: string
  noChanges: string
  kindAdded: string
  kindRemoved: string
  kindChanged: string
  kindMoved: string
  kindUnchanged: string
  movedFrom: string
  movedTo: string
  renamedFrom: string
  newControl: string
  removedControl: string
  unchangedMeasures: string
  textChanged: string
  /** Category key → label. */
  categories: Record<string, string>
  /** The documents' language when it is not the page's (their texts are marked with it). */
  docLang?: string
}

type Child = Node | string | false | undefined | null
function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  for (const child of children) if (child) node.append(child)
  return node
}

function wordChanges(changes: Change[]): DocumentFragment {
  const out = document.createDocumentFragment()
  for (const c of changes)
    out.append(c.added ? el('ins', {}, c.value) : c.removed ? el('del', {}, c.value) : c.value)
  return out
}

const measureText = (m: { text: string; detail?: string }) =>
  m.detail ? `${m.text} — ${m.detail}` : m.text

function measureChange(change: MeasureDiff, s: DiffLabels): HTMLElement {
  const label = {
    added: s.kindAdded,
    removed: s.kindRemoved,
    changed: s.kindChanged,
    moved: s.kindMoved,
    unchanged: s.kindUnchanged,
  }[change.kind]
  const measure = change.to ?? change.from!
  const body = change.words
    ? el('span', {}, wordChanges(change.words))
    : change.kind === 'added'
      ? el('ins', {}, measureText(measure))
      : change.kind === 'removed' || change.movedTo
        ? el('del', {}, measureText(measure))
        : el('span', {}, measureText(measure))
  return el(
    'li',
    { class: `change change-${change.kind}` },
    el('span', { class: 'change-kind' }, label),
    body,
    measure.group && el('span', { class: 'detail' }, ` (${measure.group})`),
    change.movedFrom && el('span', { class: 'detail' }, ` — ${s.movedFrom} ${change.movedFrom}`),
    change.movedTo && el('span', { class: 'detail' }, ` — ${s.movedTo} ${change.movedTo}`),
  )
}

function control(c: ControlDiff, s: DiffLabels): HTMLElement {
  const heading = c.toHeading ?? c.fromHeading ?? ''
  const unchanged = c.measures.filter((m) => m.kind === 'unchanged').length
  // The document's language where it differs from the page's, as the changes page marks it.
  const lang: Record<string, string> = s.docLang ? { lang: s.docLang } : {}
  return el(
    'section',
    { class: `control control-${c.kind}`, 'aria-label': heading },
    el(
      'h3',
      {},
      el('span', lang, heading),
      ' ',
      el('span', { class: 'badge' }, s.categories[c.category] ?? c.category),
    ),
    c.kind === 'added' && el('p', { class: 'detail' }, s.newControl),
    c.kind === 'removed' && el('p', { class: 'detail' }, s.removedControl),
    c.kind === 'renamed' &&
      el('p', { class: 'detail' }, `${s.renamedFrom}: `, el('del', lang, c.fromHeading ?? '')),
    c.text &&
      el('p', { class: 'detail' }, `${s.textChanged}: `, el('span', lang, wordChanges(c.text))),
    el(
      'ul',
      { class: 'changes', ...lang },
      ...c.measures.filter((m) => m.kind !== 'unchanged').map((m) => measureChange(m, s)),
    ),
    unchanged > 0 && el('p', { class: 'detail' }, `${unchanged} ${s.unchangedMeasures}`),
  )
}

/** Counts per category, then each control with what changed in it. */
export function renderDiff(diff: TomDiff, s: DiffLabels): DocumentFragment {
  const out = document.createDocumentFragment()
  if (diff.identical) {
    out.append(el('p', { class: 'notice' }, s.noChanges))
    return out
  }
  // Each count cell names its column, so the table can stack as cards on a phone.
  const cells = (n: { added: number; removed: number; changed: number; moved: number }) =>
    (
      [
        [n.added, s.kindAdded],
        [n.removed, s.kindRemoved],
        [n.changed, s.kindChanged],
        [n.moved, s.kindMoved],
      ] as const
    ).map(([v, label]) => el('td', { class: 'num', 'data-label': label }, String(v)))
  const rows = Object.entries(diff.byCategory)
    .filter(([, c]) => c && c.added + c.removed + c.changed + c.moved > 0)
    .map(([key, c]) =>
      el('tr', {}, el('th', { scope: 'row' }, s.categories[key] ?? key), ...cells(c!)),
    )
  out.append(
    el(
      'table',
      { class: 'change-counts stack' },
      el('caption', { class: 'visually-hidden' }, s.changes),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[s.category, s.kindAdded, s.kindRemoved, s.kindChanged, s.kindMoved].map((h) =>
            el('th', { scope: 'col' }, h),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        ...rows,
        el('tr', { class: 'total' }, el('th', { scope: 'row' }, 'Σ'), ...cells(diff.counts)),
      ),
    ),
  )
  const changed = diff.controls.filter(
    (c) => c.kind !== 'matched' || c.text || c.measures.some((m) => m.kind !== 'unchanged'),
  )
  for (const c of changed) out.append(control(c, s))
  return out
}
