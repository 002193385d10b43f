import type { Field } from 'payload'
import type { Locale } from '../translations/language'

/**
 * How people read a select option's value in `locale` (the label the admin shows, "Legal (prüft
 * und veröffentlicht)"), from the collection's own field; the value itself when there is none.
 */
export function optionLabel(
  fields: readonly Field[],
  name: string,
  value: unknown,
  locale: Locale,
): string {
  const field = fields.find((f) => 'name' in f && f.name === name)
  const options = field && 'options' in field ? field.options : []
  for (const o of options) {
    if (typeof o === 'string' || o.value !== value) continue
    const label: unknown = o.label
    if (typeof label === 'string') return label
    if (label && typeof label === 'object') {
      const text = (label as Record<string, unknown>)[locale]
      if (typeof text === 'string') return text
    }
  }
  return String(value)
}
