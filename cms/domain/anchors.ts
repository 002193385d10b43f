import { hash } from 'node:crypto'
import type { Control, MeasureGroup, Section, TomDocument } from './tom-schema'

/**
 * Permanent anchors for a TOM version's parts. A measure's anchor comes from its text, so an
 * unchanged measure keeps its anchor from one version to the next; repeated texts get -2, -3.
 */
export interface AnchoredMeasure {
  id: string
  text: string
  detail?: string
}

const short = (text: string) =>
  hash('sha256', text.normalize('NFC').trim().toLowerCase(), 'hex').slice(0, 8)

export function sectionAnchor(section: Section, index: number): string {
  return `s-${section.number ? section.number.toLowerCase().replace(/\./g, '-') : String(index + 1)}`
}

export function controlAnchor(sectionId: string, index: number): string {
  return `${sectionId}-c${index + 1}`
}

/** Anchors for every measure of a document, in document order. */
export function measureAnchors(
  doc: Pick<TomDocument, 'sections'>,
): Map<Control['measures'][number] | MeasureGroup['measures'][number], string> {
  const seen = new Map<string, number>()
  const ids = new Map<Control['measures'][number], string>()
  const add = (m: Control['measures'][number]) => {
    const base = `m-${short(m.text)}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    ids.set(m, n === 1 ? base : `${base}-${n}`)
  }
  for (const s of doc.sections)
    for (const c of s.controls) {
      c.measures.forEach(add)
      for (const g of c.groups) g.measures.forEach(add)
    }
  return ids
}
