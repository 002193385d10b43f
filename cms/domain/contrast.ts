/**
 * WCAG 2 contrast for a company's brand colour. The site uses the accent as link text and as the
 * fill of buttons (with the page background colour as their text), so it must reach 4.5:1
 * against every background text sits on in its scheme: page, surface, soft panels and callouts
 * (site.css: --bg, --surface, --soft, --warn-bg).
 */
export const SCHEME_BACKGROUNDS = {
  light: ['#ffffff', '#f7f8fa', '#eef1f5', '#fff1d0'],
  dark: ['#111418', '#181c22', '#20262e', '#3a2d10'],
} as const
export const AA_TEXT = 4.5

const HEX = /^#([0-9a-f]{6})$/i
export const isHexColour = (value: string) => HEX.test(value)

function channel(c: number): number {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

export function luminance(hex: string): number {
  const m = HEX.exec(hex)
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  const n = Number.parseInt(m[1]!, 16)
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  )
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** The lowest contrast of `hex` against the backgrounds of a scheme. */
export const schemeContrast = (hex: string, scheme: keyof typeof SCHEME_BACKGROUNDS) =>
  Math.min(...SCHEME_BACKGROUNDS[scheme].map((bg) => contrastRatio(hex, bg)))

/**
 * The colour for the dark scheme when the company gives none: the accent mixed with white in
 * steps of 5 % until it reaches AA on the dark backgrounds (white itself always does).
 */
export function derivedDarkAccent(hex: string): string {
  const n = Number.parseInt(HEX.exec(hex)![1]!, 16)
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255]
  for (let step = 0; step <= 20; step++) {
    const mixed = `#${rgb
      .map((c) =>
        Math.round(c + ((255 - c) * step) / 20)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`
    if (schemeContrast(mixed, 'dark') >= AA_TEXT) return mixed
  }
  return '#ffffff'
}

/**
 * Why a brand colour pair cannot be used (undefined when it can): the light accent must reach AA
 * on the light backgrounds, the dark one (given or derived) on the dark backgrounds.
 */
export function brandColourProblem(accent: string, accentDark?: string): string | undefined {
  if (!isHexColour(accent)) return `"${accent}" is not a colour in the form #rrggbb`
  if (accentDark && !isHexColour(accentDark))
    return `"${accentDark}" is not a colour in the form #rrggbb`
  const light = schemeContrast(accent, 'light')
  if (light < AA_TEXT)
    return `${accent} has a contrast of ${light.toFixed(2)}:1 on the light background; WCAG AA needs ${AA_TEXT}:1 (choose a darker colour)`
  const dark = accentDark ?? derivedDarkAccent(accent)
  const onDark = schemeContrast(dark, 'dark')
  if (onDark < AA_TEXT)
    return `${dark} has a contrast of ${onDark.toFixed(2)}:1 on the dark background; WCAG AA needs ${AA_TEXT}:1 (choose a lighter colour for the dark scheme)`
  return undefined
}
