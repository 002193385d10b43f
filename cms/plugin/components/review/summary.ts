import type { REVIEW_TEXTS } from '../../translations/reviewPanel'
import type { Publication } from '../ApproveConfirmation'
import type { FieldChange } from '../FieldChanges'

export type ReviewTexts = (typeof REVIEW_TEXTS)['en']
export type ReviewAction = 'submit' | 'approve' | 'request-changes'

interface Word {
  value: string
  added?: boolean
  removed?: boolean
}
export interface MeasureChange {
  kind: string
  from?: { text: string }
  to?: { text: string }
  words?: Word[]
}
export interface ControlChange {
  kind: string
  section: string
  fromHeading?: string
  toHeading?: string
  measures: MeasureChange[]
}
export interface LogEntry {
  action: string
  at: string
  comment: string | null
  by: { name: string } | null
}

/** What `GET …/review` answers: the document's review state, its changes and its history. */
export interface Summary {
  status: string
  lastEditedBy: { name: string } | null
  current: { version: string; effectiveDate: string } | null
  diff: { identical: boolean; counts: Record<string, number>; controls: ControlChange[] } | null
  log: LogEntry[]
  can: { submit: boolean; approve: boolean; requestChanges: boolean }
  /** A subprocessor: its pending change field by field, and whether it was ever published. */
  changes?: FieldChange[]
  published?: boolean
  publication?: Publication
}
