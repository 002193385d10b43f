'use client'
import { FIELD_LABELS } from '../translations/adminLabels'

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

const shown = (value: unknown) =>
  value == null || (Array.isArray(value) && value.length === 0)
    ? '—'
    : Array.isArray(value)
      ? value.join(', ')
      : String(value)

/** A subprocessor's pending change, field by field: what the public sees now → what it will see. */
export function FieldChanges({
  changes,
  language,
}: {
  changes: FieldChange[]
  language: 'en' | 'de'
}) {
  return (
    <ul className="trust-center-review__fields" style={{ margin: 0, paddingLeft: 20 }}>
      {changes.map((c) => (
        <li data-field={c.field} key={c.field}>
          <strong>{FIELD_LABELS[c.field]?.[language] ?? c.field}</strong>:{' '}
          <del style={{ background: '#fcd9d9' }}>{shown(c.from)}</del> →{' '}
          <ins style={{ background: '#d4f7dc' }}>{shown(c.to)}</ins>
        </li>
      ))}
    </ul>
  )
}
