import type { SourcePositions } from '@trust-center/core/import/importDocument'
import type { SubprocessorDraft } from '@trust-center/core/import/subprocessors/schema'
import type { ParseResult } from '@trust-center/core/tom-schema'

export type ImportKind = 'toms' | 'subprocessors'
export interface SourceLine {
  line: number
  page?: number
  message?: string
  /** The importer's note as data (core import/notes.ts), rendered in the user's language. */
  code?: string
  params?: Record<string, string | number>
  text?: string
}

/** What POST /companies/:id/import answers in preview mode. */
export interface ImportPreview {
  kind: ImportKind
  format?: string
  result?: ParseResult
  positions?: SourcePositions
  suggestions?: {
    companyName?: string
    emails: { address: string; role: string }[]
    subprocessors: { name: string; line: number }[]
    contacts?: { role: string; lines: string[]; line: number }[]
  }
  entries?: SubprocessorDraft[]
  warnings?: SourceLine[]
  unparsed?: SourceLine[]
}
