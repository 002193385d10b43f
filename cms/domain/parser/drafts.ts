import type { MeasureGroup } from '../tom-schema'

/** Draft shapes while assembling a TOM document: text kept as paragraph lists, joined at the end. */
export interface GroupDraft {
  label: string
  number?: string
  text: string[]
  columns?: string[]
  measures: MeasureGroup['measures']
  note: string[]
  fromBullet?: boolean
  columnGroups?: GroupDraft[]
}
export interface ControlDraft extends Omit<GroupDraft, 'label' | 'fromBullet'> {
  heading: string
  legalBasis?: string
  line: number
  implicit?: boolean
  groups: GroupDraft[]
  /** Kept in step with `text`: the span of a plain paragraph, null for metadata (never a measure). */
  textSpans?: (number | null)[]
  textLines?: number[]
}
export interface SectionDraft {
  heading: string
  number?: string
  legalBasis?: string
  line: number
  text: string[]
  controls: ControlDraft[]
  textSpans?: (number | null)[]
  textLines?: number[]
}

/** Remembers a measure's source line (for the import preview) and returns the measure. */
export type AtLine = <T extends object>(measure: T, line: number) => T

export const join = (paragraphs: string[]) =>
  paragraphs.length ? paragraphs.join('\n\n') : undefined
export const rowText = (cells: string[]) => cells.join(' — ')
