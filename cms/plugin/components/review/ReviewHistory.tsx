'use client'
import type { LogEntry, ReviewTexts } from './summary'

/** The document's review steps, with who took them and their comments. */
export function ReviewHistory({
  log,
  t,
  language,
}: {
  log: LogEntry[]
  t: ReviewTexts
  language: string
}) {
  if (log.length === 0) return null
  return (
    <>
      <h4 style={{ margin: '16px 0 4px' }}>{t.history}</h4>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {log.map((entry, i) => (
          <li key={i}>
            {new Date(entry.at).toLocaleString(language)} —{' '}
            {t.actions[entry.action as keyof typeof t.actions] ?? entry.action}
            {entry.by ? ` (${entry.by.name})` : ''}
            {entry.comment ? `: „${entry.comment}“` : ''}
          </li>
        ))}
      </ul>
    </>
  )
}
