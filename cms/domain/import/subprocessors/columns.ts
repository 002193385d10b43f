/** Column headings of subprocessor tables as companies write them, German and English. */
export type SubprocessorColumn = 'name' | 'address' | 'purpose' | 'locations' | 'safeguard'

const COLUMNS: ReadonlyArray<[SubprocessorColumn, RegExp]> = [
  ['safeguard', /garantie|safeguard|rechtsgrundlage|transfer mechanism|übermittlungsgrundlage|drittland|third.country|schutzmaßnahme|legal basis/i],
  ['locations', /\bort\b|standort|\bland\b|länder|location|countr|sitz|region|verarbeitungsort|where/i],
  ['purpose', /zweck|purpose|leistung|tätigkeit|service|beschreibung|description|function|funktion|activity|verarbeitung|processing/i],
  ['address', /anschrift|adresse|address/i],
  ['name', /name|firma|unternehmen|entity|dienstleister|anbieter|vendor|provider|sub.?processor|unterauftrag|subunternehmer|auftragsverarbeiter|company/i],
]

/** Maps header cells to columns; unknown headings map to null. Name is tried last: "Name und Anschrift" is an address column only when no name column exists. */
export function mapColumns(headers: string[]): (SubprocessorColumn | null)[] {
  const used = new Set<SubprocessorColumn>()
  const mapped = headers.map((h) => {
    const text = h.trim()
    if (/name|firma|unternehmen|entity|dienstleister|anbieter|vendor|provider|processor|unterauftrag|subunternehmer|auftragsverarbeiter|company/i.test(text) && !/zweck|purpose/i.test(text)) return 'name' as const
    for (const [column, re] of COLUMNS) if (re.test(text) && !used.has(column)) return column
    return null
  })
  mapped.forEach((c) => c && used.add(c))
  return mapped
}
