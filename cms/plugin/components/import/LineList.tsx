'use client'
import { type SourceLine, where } from './types'

/** Warnings, unparsed or skipped lines of the preview, each with its place in the file. */
export function LineList({
  title,
  items,
  open = true,
}: {
  title: string
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
            {where(w)}: {w.text ? `“${w.text}” ` : ''}
            {w.message}
          </li>
        ))}
      </ul>
    </details>
  )
}
