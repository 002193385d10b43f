import type { Field } from 'payload'
import { brandColourProblem, derivedDarkAccent, isHexColour } from '@trust-center/core/contrast'

/**
 * A company's brand colours for its pages on the site. A colour that does not reach WCAG AA
 * against the site's backgrounds in light and dark scheme is refused with the measured ratio.
 */
const checkAccent = (
  value: unknown,
  { siblingData }: { siblingData?: Record<string, unknown> },
): true | string => {
  if (value == null || value === '') return true
  const dark = siblingData?.accentDark
  return (
    brandColourProblem(String(value), typeof dark === 'string' && dark !== '' ? dark : undefined) ??
    true
  )
}
const checkAccentDark = (
  value: unknown,
  { siblingData }: { siblingData?: Record<string, unknown> },
): true | string => {
  if (value == null || value === '') return true
  if (!isHexColour(String(value))) return `"${String(value)}" is not a colour in the form #rrggbb`
  const accent = siblingData?.accent
  if (typeof accent !== 'string' || accent === '')
    return 'Set the accent colour (light scheme) first.'
  return brandColourProblem(accent, String(value)) ?? true
}

export const brandField: Field = {
  name: 'brand',
  type: 'group',
  admin: {
    description: {
      en: `Accent colour of the company's pages, as #rrggbb. It must reach a contrast of 4.5:1 (WCAG AA) on the light and the dark background; without a dark-scheme colour a lighter one is derived (e.g. #0b5cab → ${derivedDarkAccent('#0b5cab')}).`,
      de: `Akzentfarbe der Seiten des Unternehmens, als #rrggbb. Sie muss auf dem hellen und dem dunklen Hintergrund einen Kontrast von 4,5:1 (WCAG AA) erreichen; ohne eigene Farbe für das dunkle Schema wird eine hellere abgeleitet (z. B. #0b5cab → ${derivedDarkAccent('#0b5cab')}).`,
    },
  },
  fields: [
    {
      name: 'accent',
      type: 'text',
      label: 'Accent colour (light scheme)',
      validate: checkAccent,
    },
    {
      name: 'accentDark',
      type: 'text',
      label: 'Accent colour (dark scheme)',
      validate: checkAccentDark,
    },
  ],
}
