import type { CategoryKey } from '../taxonomy'

/**
 * Maps a real-world heading (German or English, old or new names) onto the Art. 32 taxonomy.
 * Rules are tried in order; every rule that matches contributes its key, so a heading such as
 * "Logische Zugangs- und Datenzugriffskontrolle" yields two keys. An empty result means the
 * heading could not be placed — the caller decides between inheriting and `other` + warning.
 */
const RULES: ReadonlyArray<[CategoryKey, RegExp]> = [
  ['pseudonymisation', /pseudonym|anonymi/],
  ['encryption', /verschlüsselung|encryption|kryptografie|kryptographie|cryptography/],
  [
    'physical-access',
    /zutritt|physische(?:r|n)? (?:zugang|sicherheit)|physical (?:access|security|and environmental)|entry control|premises|facilities|gebäudesicherheit|objektschutz|building (?:access|security)|site security|umgebungsbezogene sicherheit|physical controls|physical entry|secure areas|physical security perimeter/,
  ],
  [
    'system-access',
    /(?<!physische )zugangs|(?<!physische )zugangskontrolle|system access|system and data access|logical access|admission control|access control to (?:data processing )?systems|benutzerkontrolle|user control|virtual access|identifi(?:cation|zierung) (?:and|und) authenti|user access management|secure authentication|authentication information|identity management/,
  ],
  [
    'data-access',
    /zugriff|data access|access control to data|usage control|datenträgerkontrolle|speicherkontrolle|storage control|memory control|authori[sz]ation control|berechtigungskontrolle|berechtigungsmanagement|access rights management|information access restriction|privileged access/,
  ],
  [
    'separation',
    /trennung|separation|segregation|separability|mandantentrennung|zweckbindung|purpose limitation/,
  ],
  [
    'transfer',
    /weitergabe|datenübertragung|übermittlungskontrolle|transfer|disclosure|transmission|transportkontrolle|transport control|communications? security|kommunikationssicherheit|networks? security|netzwerksicherheit/,
  ],
  [
    'input',
    /eingabe|input|nachvollziehbarkeit|protokollierung und überwachung|logging and monitoring|audit trail|monitoring activities/,
  ],
  ['availability', /verfügbarkeit|availability|kapazitätsmanagement|information backup/],
  ['resilience', /belastbarkeit|resilien|load capacity|lastverteilung|robustheit|robustness/],
  [
    'recoverability',
    /wiederherstell|wiederanlauf|recover|restor|notfallmanagement|notfallvorsorge|business continuity|betriebskontinuität/,
  ],
  [
    'review',
    /überprüfung|evaluierung|bewertung|prüfungen|prüfverfahren|audits|testing|evaluation|review|assessment|wirksamkeit|effectiveness|kontrollverfahren/,
  ],
  [
    'data-protection-management',
    /datenschutz-?management|data protection management|privacy management|datenschutzorganisation|informationssicherheits-?management|information security (?:management|policies|policy|governance|organi[sz]ation)|security governance|awareness and training|sensibilisierung und schulung|schulung und sensibilisierung|human resources? security|personalsicherheit|personnel security|organi[sz]ation of information security|organisation der informationssicherheit|policies for information security|awareness, education/,
  ],
  [
    'incident-response',
    /incident|datenschutzverletzung|sicherheitsvorf|datenpanne|data breach|breach (?:response|notification|management)|vorfallmanagement|vorfallsmanagement/,
  ],
  [
    'privacy-by-default',
    /voreinstellung|by default|by design|privacy by|datenminimierung|data minimi|technikgestaltung|datenschutzfreundlich|löschkonzept|data retention/,
  ],
  [
    'processor-control',
    /auftragskontrolle|job control|order control|contract control|processor|auftragsverarbeiter|unterauftrag|subcontract|sub-contract|weisungskontrolle|control of instructions|instruction control|supplier relationships|lieferantenbeziehungen|lieferantenmanagement|dienstleistersteuerung|vendor management|supply chain/,
  ],
]

/**
 * Words that place a line already known to be a heading ("Datensicherung", "Schulungen") but are
 * too common in measures to make a line a heading on their own.
 */
const WEAK_RULES: ReadonlyArray<[CategoryKey, RegExp]> = [
  ['encryption', /verschlüssel|kryptogra|cryptogra/],
  ['system-access', /^zugang\b|authenti[cf]|passw(?:or)?[td]|anmeldung|login|log-in|zugangsschutz/],
  [
    'data-access',
    /berechtigung|access rights|zugangsrechte|privileg|need.to.know|rollenkonzept|role.based|authori[sz]ation/,
  ],
  ['separation', /mandant|multi.?tenan|isolation/],
  ['transfer', /netzsicherheit|in transit|übermittlung/],
  ['input', /protokollierung|logging|revisionssicher/],
  ['availability', /datensicherung|backup|sicherungskonzept/],
  ['resilience', /kapazität|capacity|load balancing|redundan/],
  ['recoverability', /notfall|emergency|disaster|kontinuität|continuity/],
  ['review', /audit|penetration|compliance|zertifizierung|certification|kontrolle durch/],
  [
    'data-protection-management',
    /datenschutzbeauftragt|data protection officer|\bisms\b|awareness|sensibilisierung|schulung|training|verpflichtung auf|datengeheimnis|vertraulichkeitsverpflichtung|asset management|richtlinie|policies|organisatorische maßnahmen|organi[sz]ational measures/,
  ],
  ['incident-response', /breach|meldepflicht|meldeprozess|störungsmanagement|notfallplan/],
  ['privacy-by-default', /löschung|deletion|aufbewahrung|retention/],
  [
    'processor-control',
    /weisung|instructions|supplier|lieferanten|dienstleister|third.part|drittanbieter/,
  ],
]

/**
 * The headings of Annex II of the EU Standard Contractual Clauses (2021/914), in English and
 * German. They are long sentences that name several words of other rules ("restore the
 * availability … incident"), so a whole-phrase match decides before the word rules do.
 */
const ANNEX_II: ReadonlyArray<[CategoryKey[], RegExp]> = [
  [
    ['pseudonymisation', 'encryption'],
    /pseudonymi[sz]ation and encryption|pseudonymisierung und verschlüsselung/,
  ],
  [
    ['confidentiality', 'integrity', 'availability-resilience'],
    /ongoing confidentiality, integrity, availability and resilience|vertraulichkeit, integrität, verfügbarkeit und belastbarkeit/,
  ],
  [
    ['recoverability'],
    /ability to restore the availability|verfügbarkeit der personenbezogenen daten und den zugang .* wiederherzustellen/,
  ],
  [
    ['review'],
    /regularly testing, assessing and evaluating|regelmäßigen überprüfung, bewertung und evaluierung/,
  ],
  [
    ['system-access', 'data-access'],
    /user identification and authori[sz]ation|identifizierung und autorisierung/,
  ],
  [
    ['transfer'],
    /protection of data during transmission|schutz der daten während der übermittlung/,
  ],
  [['data-access'], /protection of data during storage|schutz der daten während der speicherung/],
  [['physical-access'], /physical security of locations|physischen sicherheit von orten/],
  [['input'], /events? logging|protokollierung von ereignissen/],
  [
    ['privacy-by-default'],
    /system configuration, including default configuration|systemkonfiguration, einschließlich der standardkonfiguration/,
  ],
  [
    ['data-protection-management'],
    /it security governance|governance und (?:das )?management der it/,
  ],
  [
    ['review'],
    /certification\/assurance|zertifizierung\/qualitätssicherung|zertifizierung\/gewährleistung/,
  ],
  [
    ['privacy-by-default'],
    /ensuring data minimi[sz]ation|limited data retention|datenminimierung|begrenzte(?:n)? (?:vorrats)?datenspeicherung/,
  ],
  [['integrity'], /ensuring data quality|datenqualität/],
  [
    ['data-protection-management'],
    /ensuring accountability|rechenschaftspflicht|data portability|datenübertragbarkeit/,
  ],
  [
    ['processor-control'],
    /transfers to \(?sub-?\)? ?processors|übermittlungen an \(?unter-?\)? ?auftragsverarbeiter/,
  ],
]

const GROUP_RULES: ReadonlyArray<[CategoryKey, RegExp]> = [
  ['confidentiality', /vertraulichkeit|confidentiality/],
  ['integrity', /integrität|integrity/],
]

export interface Categorization {
  /** Keys in the order they were found; empty when the heading could not be placed. */
  keys: CategoryKey[]
}

/** "… am Zutritt zu hindern (Zutrittskontrolle):" — a sentence naming its control at the end. */
const NAMED_AT_END = /\(([^()]{3,60})\)\s*:?\s*$/

/**
 * `strict` (for deciding whether a line is a heading at all) leaves out the words that measures
 * use too; without it (placing a heading) they count when nothing stronger matches.
 */
/** A sentence that names its control in parentheses at the end, as many TOM annexes head their controls. */
export function isSentenceHeading(text: string): boolean {
  const t = text.trim()
  if (t.includes('\n') || t.length > 400 || t.split(/\s+/).length < 4) return false
  const named = NAMED_AT_END.exec(t.toLowerCase())
  return named !== null && categorize(named[1]!, { strict: true }).keys.length > 0
}

export function categorize(
  heading: string,
  { strict = false }: { strict?: boolean } = {},
): Categorization {
  const found = categorizeSpelled(heading, strict)
  // "Verfuegbarkeitskontrolle", "Zugriffsbeschraenkung": umlauts typed without a German keyboard.
  if (found.keys.length > 0 || !/ae|oe|ue/i.test(heading)) return found
  return categorizeSpelled(
    heading.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü').replace(/Ue/g, 'Ü'),
    strict,
  )
}

function categorizeSpelled(heading: string, strict: boolean): Categorization {
  const h = heading.toLowerCase().replace(/\s+/g, ' ').trim()
  const named = NAMED_AT_END.exec(h)
  if (named && h.length > named[0].length + 20 && !/^(?:art|§|artikel|article)\b/.test(named[1]!)) {
    const inner = categorize(named[1]!, { strict })
    if (inner.keys.length > 0) return inner
  }
  const found = categorizeStrict(h)
  if (strict || found.keys.length > 0 || h.split(' ').length > 12) return found
  const weak: CategoryKey[] = []
  for (const [key, re] of WEAK_RULES) if (re.test(h) && !weak.includes(key)) weak.push(key)
  return { keys: weak }
}

function categorizeStrict(h: string): Categorization {
  for (const [keys, re] of ANNEX_II) if (re.test(h)) return { keys: [...keys] }
  const keys: CategoryKey[] = []
  for (const [key, re] of GROUP_RULES) if (re.test(h)) keys.push(key)
  for (const [key, re] of RULES) if (re.test(h) && !keys.includes(key)) keys.push(key)
  // "Verfügbarkeit und Belastbarkeit" as a heading of its own is the group heading.
  if (
    keys.includes('availability') &&
    keys.includes('resilience') &&
    !/kontrolle|control/.test(h)
  ) {
    return {
      keys: [
        'availability-resilience',
        ...keys.filter((k) => k !== 'availability' && k !== 'resilience'),
      ],
    }
  }
  // A group heading ("Vertraulichkeit") wins only when nothing more specific is named.
  if (keys.length > 1 && (keys[0] === 'confidentiality' || keys[0] === 'integrity')) keys.shift()
  // "Verfügbarkeit und Kapazität" (availability + capacity) is the availability group heading.
  if (
    keys.length === 1 &&
    keys[0] === 'availability' &&
    /kapazität/.test(h) &&
    /verfügbarkeit und/.test(h)
  ) {
    return { keys: ['availability-resilience'] }
  }
  return { keys }
}
