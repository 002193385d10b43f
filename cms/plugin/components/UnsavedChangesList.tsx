'use client'
import { LOCK_TEXTS } from '../translations/lockTexts'
import { changesAsText, type UnsavedChange } from './unsavedChanges'

/** The editor's unsaved changes in the take-over notice: listed, and as text to copy. */
export function UnsavedChangesList({
  changes,
  texts: t,
}: {
  changes: UnsavedChange[]
  texts: (typeof LOCK_TEXTS)['de' | 'en']
}) {
  if (changes.length === 0) return <p>{t.noChanges}</p>
  return (
    <>
      <p>{t.yourChanges}</p>
      <ul className="lock-taken-over__changes" style={{ margin: 0 }}>
        {changes.map((c) => (
          <li key={c.where}>
            <strong>{c.where}</strong>: {c.value}
          </li>
        ))}
      </ul>
      <textarea
        aria-label={t.copy}
        readOnly
        rows={Math.min(8, changes.length * 3)}
        style={{ width: '100%' }}
        value={changesAsText(changes)}
      />
    </>
  )
}
