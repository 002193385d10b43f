import countries from 'i18n-iso-countries'
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' }
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }

countries.registerLocale(de)
countries.registerLocale(en)

/** Country members of the EU and the EEA: processing there needs no Chapter V safeguard. */
export const EU_EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
])

const ALIASES: Record<string, string> = {
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  us: 'US',
  vereinigte_staaten: 'US',
  'united states of america': 'US',
  uk: 'GB',
  england: 'GB',
  großbritannien: 'GB',
  grossbritannien: 'GB',
  'vereinigtes königreich': 'GB',
  'great britain': 'GB',
  schweiz: 'CH',
  switzerland: 'CH',
  'vereinigte staaten': 'US',
  'vereinigte staaten von amerika': 'US',
  'united states': 'US',
  'us-amerika': 'US',
  amerika: 'US',
  irland: 'IE',
  niederlande: 'NL',
  'the netherlands': 'NL',
  'republic of ireland': 'IE',
  'republik irland': 'IE',
  'south africa': 'ZA',
  südafrika: 'ZA',
  russland: 'RU',
  taiwan: 'TW',
  holland: 'NL',
  südkorea: 'KR',
  'south korea': 'KR',
  tschechien: 'CZ',
  czechia: 'CZ',
}

/** Cities of data centres and company seats that lists name instead of countries. */
const CITIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    DE: 'frankfurt|frankfurt am main|frankfurt/main|berlin|münchen|munich|hamburg|nürnberg|nuremberg|falkenstein|gunzenhausen|düsseldorf|köln|cologne|karlsruhe|stuttgart|leipzig|dresden|hannover|bremen|essen|dortmund|mannheim|walldorf|st. leon-rot|montabaur|karlsruhe|magdeburg|münster|bonn|kiel|jena|offenbach|eschborn',
    NL: 'amsterdam|rotterdam|eemshaven|groningen|den haag|the hague|utrecht|haarlem',
    IE: 'dublin|cork|galway|limerick',
    FR: 'paris|roubaix|marseille|lyon|gravelines|strasbourg|straßburg',
    GB: 'london|manchester|edinburgh|cardiff|slough',
    SE: 'stockholm|göteborg|gothenburg|malmö',
    FI: 'helsinki|hamina|espoo',
    PL: 'warsaw|warschau|krakau|kraków|krakow',
    IT: 'milan|mailand|milano|rom|rome|roma|turin',
    ES: 'madrid|barcelona',
    PT: 'lisbon|lissabon|lisboa',
    AT: 'wien|vienna|graz|linz|salzburg',
    CH: 'zürich|zurich|genf|geneva|genève|basel|bern',
    BE: 'brüssel|brussels|bruxelles|saint-ghislain|st. ghislain',
    DK: 'kopenhagen|copenhagen|fredericia|odense',
    NO: 'oslo',
    LU: 'luxemburg|luxembourg',
    CZ: 'prag|prague|praha',
    US: 'san francisco|seattle|new york|boston|chicago|ashburn|virginia|northern virginia|oregon|ohio|california|kalifornien|iowa|texas|austin|dallas|denver|atlanta|los angeles|san jose|mountain view|menlo park|redmond|palo alto|sunnyvale|delaware|wilmington|miami|salt lake city|portland|n. virginia|us-east|us-west|washington',
    CA: 'toronto|montreal|montréal|vancouver|ottawa',
    SG: 'singapore|singapur',
    JP: 'tokyo|tokio|osaka',
    AU: 'sydney|melbourne',
    IN: 'mumbai|bangalore|bengaluru|hyderabad|pune|chennai|delhi|noida',
    BR: 'são paulo|sao paulo',
    IL: 'tel aviv',
    HK: 'hongkong|hong kong',
    KR: 'seoul',
    UA: 'kyiv|kiew|kiev',
    RS: 'belgrad|belgrade',
  }).flatMap(([code, names]) => names.split('|').map((n) => [n, code])),
)

/** One place name ("Deutschland", "United States", "DE", "Frankfurt, Germany") → ISO code, or null. */
export function countryCode(place: string): string | null {
  const p = place
    .trim()
    .replace(/^(?:in|im|the)\s+/i, '')
    .replace(/[.)(]+$/g, '')
    .trim()
  if (/^[A-Z]{2}$/.test(p) && countries.isValid(p)) return p
  const alias = ALIASES[p.toLowerCase()] ?? CITIES[p.toLowerCase()]
  if (alias) return alias
  const code = countries.getAlpha2Code(p, 'de') ?? countries.getAlpha2Code(p, 'en')
  if (code) return code
  // "Deutschland (Frankfurt a. M.)": the country before the parentheses; "EU (Amsterdam)": inside them.
  const paren = /^([^(]+)\(([^)]*)\)?/.exec(place.trim())
  if (paren) {
    const head = countryCode(paren[1]!)
    if (head) return head
    const inner = countryCode(paren[2]!)
    if (inner) return inner
  }
  // "Frankfurt am Main, Deutschland": the last word group.
  const last = p.split(/[,(]/).pop()?.trim()
  if (last && last !== p) return countryCode(last)
  // "Frankfurt a. M.", "Amsterdam-Zuidoost": a known city as the first word.
  const first = p.split(/[\s-]+/)[0]?.toLowerCase()
  if (first && first !== p.toLowerCase() && CITIES[first]) return CITIES[first]!
  // "Rechenzentrum Frankfurt", "AWS eu-central-1 (Frankfurt)": a known city or country as the last word.
  const word = p.split(/\s+/).pop()?.toLowerCase()
  return word && word !== p.toLowerCase() && (CITIES[word] || ALIASES[word])
    ? (CITIES[word] ?? ALIASES[word]!)
    : null
}

/** A location cell ("Deutschland, Irland", "EU; USA", "DE/US") → ISO codes and the parts that are no country. */
export function parseLocations(cell: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = []
  const unknown: string[] = []
  for (const part of cell.split(/\s*(?:[,;/\n]|\s+und\s+|\s+and\s+|\s+&\s+|<br>)\s*/i)) {
    const p = part
      .trim()
      .replace(
        /^(?:vorrangig|hauptsächlich|überwiegend|primär|primarily|mainly|mostly|predominantly|nur|only|ausschließlich|exclusively)\s+/i,
        '',
      )
    if (!p || /^[-–—]$/.test(p)) continue
    const code = countryCode(p)
    if (code) {
      if (!codes.includes(code)) codes.push(code)
    } else unknown.push(p)
  }
  return { codes, unknown }
}
