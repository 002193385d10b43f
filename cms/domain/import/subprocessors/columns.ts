/** Column headings of subprocessor tables as companies write them, German and English. */
export type SubprocessorColumn =
  'name' | 'address' | 'purpose' | 'locations' | 'safeguard' | 'url' | 'corporateLocation'

/** Tried in order for each heading; the first column kind whose words match wins. */
const COLUMNS: ReadonlyArray<[SubprocessorColumn, RegExp]> = [
  [
    'url',
    /^(?:website|webseite|web|url|link|homepage|internet|privacy policy|datenschutzerklärung)$/i,
  ],
  [
    'safeguard',
    /garantie|safeguard|rechtsgrundlage|transfer (?:mechanism|basis|tool|safeguard)|übermittlungsgrundlage|drittland|third.country|schutzmaßnahme|legal basis|transfer impact|mechanism/i,
  ],
  [
    'corporateLocation',
    /corporate location|headquarter|hauptsitz|firmensitz|registered (?:office|address)|company location|^sitz(?: des unternehmens)?$|^sitz\b|country of (?:incorporation|registration)|entity country/i,
  ],
  [
    'locations',
    /ort der (?:leistungserbringung|verarbeitung|datenverarbeitung|speicherung)|verarbeitungsort|speicherort|geographic|processing location|location of (?:processing|data|the data)|data (?:center|centre|storage|hosting) location|hosting location|server(?:standort|location)|rechenzentrum|\bort\b|standort|\bland\b|länder|location|countr|region|where/i,
  ],
  [
    'purpose',
    /zweck|purpose|leistung|tätigkeit|titel der aufgabe|aufgabe|service|beschreibung|description|function|funktion|activit|nature of|art der|verarbeitung|processing|gegenstand|umfang|scope|role|rolle|category|kategorie|used for|einsatz/i,
  ],
  ['address', /anschrift|adresse|address|kontakt/i],
  [
    'name',
    /name|firma|unternehmen|entity|dienstleister|anbieter|vendor|supplier|lieferant|provider|sub.?processor|unterauftrag|subunternehmer|auftragsverarbeiter|company|partner|third part|drittanbieter|empfänger|recipient/i,
  ],
]

const NAME_FIRST =
  /^(?:name|firma|unternehmen|company|entity|legal entity|vendor|supplier|provider|anbieter|dienstleister|lieferant|sub.?processor|unterauftragsverarbeiter|subunternehmer|auftragsverarbeiter|partner|third part(?:y|ies)|drittanbieter|empfänger|recipient|name (?:des|der|of).*|(?:sub.?processor|vendor|supplier|provider|company|entity) name)$/i

/**
 * Maps header cells to columns; unknown headings map to null. A heading that plainly names the
 * subprocessor ("Supplier", "Name und Anschrift") is the name column; "Corporate Location" and
 * "Sitz" are the company's seat, used as its location only when no processing location is given.
 */
export function mapColumns(headers: string[]): (SubprocessorColumn | null)[] {
  const used = new Set<SubprocessorColumn>()
  const mapped = headers.map((h) => {
    const text = h.replace(/\*+/g, '').replace(/\s+/g, ' ').trim()
    let column: SubprocessorColumn | null = null
    if (
      NAME_FIRST.test(text) ||
      (/name|firma|unternehmen|vendor|supplier|provider|sub.?processor|unterauftrag|dienstleister|anbieter/i.test(
        text,
      ) &&
        !/zweck|purpose|service|location|ort\b|countr|land/i.test(text))
    )
      column = 'name'
    else
      for (const [c, re] of COLUMNS)
        if (re.test(text)) {
          column = c
          break
        }
    if (column && used.has(column) && column !== 'purpose') return null
    if (column) used.add(column)
    return column
  })
  return mapped
}
