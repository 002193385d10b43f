import { FIELD_LABELS } from '../translations/adminLabels'
import type { Locale } from '../translations/language'

/** A form field's state as Payload keeps it (only what this needs). */
type FieldState = { value?: unknown; initialValue?: unknown; rows?: unknown }

export interface UnsavedChange {
  /** "Abschnitte 2 › Kontrollen 1 › Maßnahmen 3 › Text": the field's place, as people read it. */
  where: string
  value: string
}

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)

/**
 * The fields whose value differs from what was loaded: what an editor would lose. Rows of arrays
 * are counted, not listed (their fields are); fields set by the form itself (ids) are skipped.
 */
export function unsavedChanges(
  fields: Record<string, FieldState>,
  language: Locale,
): UnsavedChange[] {
  const changes: UnsavedChange[] = []
  for (const [path, field] of Object.entries(fields)) {
    if (field.rows !== undefined || /(^|\.)id$/.test(path)) continue
    if (text(field.value) === text(field.initialValue)) continue
    const where = path
      .split('.')
      .map((part) =>
        /^\d+$/.test(part) ? String(Number(part) + 1) : (FIELD_LABELS[part]?.[language] ?? part),
      )
      .join(' ')
      .replace(/ (?=\D)/g, ' › ')
    changes.push({ where, value: text(field.value) })
  }
  return changes
}

/** The changes as plain text, one field a paragraph, for the clipboard. */
export const changesAsText = (changes: UnsavedChange[]): string =>
  changes.map((c) => `${c.where}:\n${c.value}`).join('\n\n')
