import type { Change } from 'diff'
import type { CategoryKey } from '../taxonomy'

/** The result of comparing two versions of one company's TOMs, per measure. */

export type MeasureChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged'

export interface MeasureText {
  text: string
  detail?: string
  /** Scope group label, when the measure belongs to one. */
  group?: string
}

export interface MeasureDiff {
  kind: MeasureChangeKind
  /** The measure in the older version (absent for added). */
  from?: MeasureText
  /** The measure in the newer version (absent for removed). */
  to?: MeasureText
  /** Word-level changes for `changed`, and for `moved` measures that were also reworded. */
  words?: Change[]
  /** For `moved`: the control it came from (in the newer version's entry) or went to (older). */
  movedFrom?: string
  movedTo?: string
}

export type ControlChangeKind = 'added' | 'removed' | 'renamed' | 'matched'

export interface ControlDiff {
  kind: ControlChangeKind
  category: CategoryKey
  /** "1.1 Zutrittskontrolle" in the older and newer version. */
  fromHeading?: string
  toHeading?: string
  section: string
  /** Measures in the newer version's order, then the ones that left this control. */
  measures: MeasureDiff[]
  /** Word changes of the control's explanatory text, when it changed. */
  text?: Change[]
}

export interface ChangeCounts {
  added: number
  removed: number
  changed: number
  moved: number
  unchanged: number
}

export interface TomDiff {
  controls: ControlDiff[]
  counts: ChangeCounts
  byCategory: Partial<Record<CategoryKey, ChangeCounts>>
  /** True when nothing a customer relies on differs (headings renamed count as changes). */
  identical: boolean
}
