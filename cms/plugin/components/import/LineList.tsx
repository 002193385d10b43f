'use client'
import type { ImportTexts } from '../../translations/importPanel'
import { renderNote } from '../../translations/importNotes'
import type { SourceLine } from './types'

/** Warnings, unparsed or skipped lines of the preview, each with its place in the file. */
export function LineList({
  title,
  items,
  open = true,
  t,
}: {
  title: string
  t: ImportTexts
  items: SourceLine[] | undefined
  open?: boolean
}) {
  if (!items || items.length === 0) return null
  return (
    <details open={open}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.map((w, i) => (
          <li key={i}>
            {t.where(w)}: {w.text ? `“${w.text}” ` : ''}
            {renderNote(w, t.language)}
          </li>
        ))}
      </ul>
    </details>
  )
}
