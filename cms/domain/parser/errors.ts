import type { ImportNote, ImportNoteCode } from '../import/notes'

/**
 * Input that cannot be read as a TOM document; carries the 1-based line the problem is on, and the
 * reason as a note (import/notes.ts: a code and its parameters, for the admin to render in its
 * user's language; `reason` is its English text).
 */
export class ParseError extends Error {
  readonly reason: string
  readonly code?: ImportNoteCode
  readonly params?: Record<string, string | number>
  constructor(
    readonly line: number,
    reason: string | ImportNote,
  ) {
    const text = typeof reason === 'string' ? reason : reason.message
    super(`line ${line}: ${text}`)
    this.name = 'ParseError'
    this.reason = text
    if (typeof reason !== 'string') {
      this.code = reason.code
      this.params = reason.params
    }
  }
}
