'use client'
import { useRowLabel } from '@payloadcms/ui'

interface Row {
  number?: string | null
  heading?: string | null
  label?: string | null
  text?: string | null
}

const MAX = 110

/**
 * A collapsed row of a TOM version says what it holds — "1.1 Physische Zugangskontrolle", a
 * measure's own words — instead of "Control 03", so an editor finds the place to change without
 * opening every row.
 */
export function TomRowLabel() {
  const { data, rowNumber } = useRowLabel<Row>()
  const title = [data?.number, data?.heading ?? data?.label].filter(Boolean).join(' ')
  const text = (title || data?.text || '').replace(/\s+/g, ' ').trim()
  const shown = text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text
  return <span>{shown || String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>
}
