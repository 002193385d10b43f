import type { CategoryKey } from '../taxonomy'
import { getCategory } from '../taxonomy'
import type { Control, Measure, MeasureGroup, ParseWarning, Section } from '../tom-schema'
import { categorize } from './categorize'
import { type AtLine, type GroupDraft, join, type SectionDraft } from './drafts'
import { splitHeading } from './headings'
import { asPhraseList, leadAndList } from './prose'
import type { LineKind } from './report'
import { note } from '../import/notes'

/** Last pass of the TOM parser: drafts → the document's sections, with categories and measures. */

/**
 * "Vertraulichkeit" with bold list items "Zutrittskontrolle", "Zugangskontrolle" and their items
 * below: the items that each name a measure category are the section's controls, not scope groups
 * of one implicit control.
 */
export function controlsFromGroups(sections: SectionDraft[]) {
  const namesMeasure = (label: string) => {
    const keys = categorize(label, { strict: true }).keys
    return keys.length > 0 && getCategory(keys[0]!).kind === 'measure'
  }
  for (const s of sections) {
    s.controls = s.controls.flatMap((c) =>
      c.implicit &&
      c.measures.length === 0 &&
      c.groups.length > 0 &&
      c.groups.every((g) => namesMeasure(g.label))
        ? c.groups.map((g) => ({
            heading: g.label,
            ...(g.number ? { number: g.number } : {}),
            line: c.line,
            text: g.text,
            measures: g.measures,
            note: g.note,
            groups: [],
          }))
        : [c],
    )
  }
}

/**
 * A control described only in prose has that prose as its measures (marked `prose`), so that it
 * is not reported as naming no measures; so has a section of a measure category without
 * controls. Group headings ("Vertraulichkeit") keep their introductions as text.
 */
export function proseAsMeasures(
  sections: SectionDraft[],
  lineKinds: Record<LineKind, number>,
  at: AtLine,
) {
  /** Paragraphs that are plain text (not metadata) and do not introduce something (": "). */
  const convert = (x: { text: string[]; textSpans?: (number | null)[]; textLines?: number[] }) => {
    const keep: string[] = []
    const measures: Measure[] = []
    x.text.forEach((t, k) => {
      const span = x.textSpans?.[k] ?? null
      if (span === null || /:$/.test(t.trim())) keep.push(t)
      else {
        const phrases = asPhraseList(t)
        const led = phrases ? null : leadAndList(t)
        const line = x.textLines?.[k] ?? 1
        if (phrases) measures.push(...phrases.map((p) => at({ text: p }, line)))
        else if (led) {
          keep.push(led.lead)
          measures.push(...led.items.map((p) => at({ text: p }, line)))
        } else {
          const text = t.replace(/\s*\n\s*/g, ' ')
          // A short phrase standing alone ("Firewall") is an item; only sentences are marked prose.
          measures.push(
            at(
              /[.!?]$/.test(text) || text.split(/\s+/).length > 8
                ? { text, prose: true }
                : { text },
              line,
            ),
          )
        }
        lineKinds.text -= span
        lineKinds.measure += span
      }
    })
    x.text = keep
    return measures
  }
  for (const s of sections) {
    if (s.controls.length === 0 && s.text.length > 0) {
      const keys = categorize(splitHeading(s.heading).title).keys
      if (keys.some((k) => getCategory(k).kind === 'measure')) {
        const measures = convert(s)
        if (measures.length > 0)
          s.controls.push({
            heading: s.heading,
            line: s.line,
            implicit: true,
            text: [],
            measures,
            note: [],
            groups: [],
          })
      }
    }
    for (const c of s.controls) {
      const hasMeasures = c.measures.length > 0 || c.groups.some((g) => g.measures.length > 0)
      if (!hasMeasures && c.text.length > 0) c.measures = convert(c)
    }
  }
}

function place(
  heading: string,
  line: number,
  fallback: CategoryKey | null,
  warnings: ParseWarning[],
): { category: CategoryKey; alsoCovers?: CategoryKey[] } {
  const { keys } = categorize(heading)
  if (keys.length > 0)
    return { category: keys[0]!, ...(keys.length > 1 ? { alsoCovers: keys.slice(1) } : {}) }
  if (fallback) return { category: fallback }
  warnings.push({ line, ...note('noCategory', { heading }) })
  return { category: 'other' }
}

function finishGroup(g: GroupDraft): MeasureGroup {
  return {
    label: g.label,
    ...(g.number ? { number: g.number } : {}),
    text: join(g.text),
    columns: g.columns,
    measures: g.measures,
    note: join(g.note),
  }
}

export function finishSection(s: SectionDraft, warnings: ParseWarning[]): Section {
  const sectionPlace = place(s.heading, s.line, null, warnings)
  // A control whose heading names no category (e.g. "Snapshot-Technologie") belongs to its
  // section's category when that is a measure category; a group heading is too broad to inherit.
  const inherit =
    getCategory(sectionPlace.category).kind === 'measure' ? sectionPlace.category : null
  const controls: Control[] = s.controls.map((c) => {
    const controlPlace = c.implicit ? sectionPlace : place(c.heading, c.line, inherit, warnings)
    return {
      heading: c.heading,
      ...(c.number ? { number: c.number } : {}),
      ...controlPlace,
      ...(c.legalBasis ? { legalBasis: c.legalBasis } : {}),
      ...(c.implicit ? { implicit: true } : {}),
      text: join(c.text),
      columns: c.columns,
      measures: c.measures,
      note: join(c.note),
      groups: c.groups.map(finishGroup),
    }
  })
  return {
    heading: s.heading,
    ...(s.number ? { number: s.number } : {}),
    ...sectionPlace,
    ...(s.legalBasis ? { legalBasis: s.legalBasis } : {}),
    text: join(s.text),
    controls,
  }
}
