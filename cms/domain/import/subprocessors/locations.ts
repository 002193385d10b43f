import countries from 'i18n-iso-countries'
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' }
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }

countries.registerLocale(de)
countries.registerLocale(en)

/** Country members of the EU and the EEA: processing there needs no Chapter V safeguard. */
export const EU_EEA = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO'])

const ALIASES: Record<string, string> = {
  usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', us: 'US', vereinigte_staaten: 'US', 'united states of america': 'US',
  uk: 'GB', 'england': 'GB', 'großbritannien': 'GB', 'grossbritannien': 'GB', 'vereinigtes königreich': 'GB', 'great britain': 'GB',
  schweiz: 'CH', switzerland: 'CH', holland: 'NL', 'südkorea': 'KR', 'south korea': 'KR', 'tschechien': 'CZ', czechia: 'CZ',
}

/** One place name ("Deutschland", "United States", "DE", "Frankfurt, Germany") → ISO code, or null. */
export function countryCode(place: string): string | null {
  const p = place.trim().replace(/^(?:in|im|the)\s+/i, '').replace(/[.)(]+$/g, '').trim()
  if (/^[A-Z]{2}$/.test(p) && countries.isValid(p)) return p
  const alias = ALIASES[p.toLowerCase()]
  if (alias) return alias
  const code = countries.getAlpha2Code(p, 'de') ?? countries.getAlpha2Code(p, 'en')
  if (code) return code
  // "Frankfurt am Main, Deutschland" / "Dublin (Irland)": the country is the last word group.
  const last = p.split(/[,(]/).pop()?.trim()
  return last && last !== p ? countryCode(last) : null
}

/** A location cell ("Deutschland, Irland", "EU; USA", "DE/US") → ISO codes and the parts that are no country. */
export function parseLocations(cell: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = []
  const unknown: string[] = []
  for (const part of cell.split(/\s*(?:[,;/\n]|\s+und\s+|\s+and\s+|\s+&\s+|<br>)\s*/i)) {
    const p = part.trim()
    if (!p || /^[-–—]$/.test(p)) continue
    const code = countryCode(p)
    if (code) {
      if (!codes.includes(code)) codes.push(code)
    } else unknown.push(p)
  }
  return { codes, unknown }
}
