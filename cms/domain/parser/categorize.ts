import type { CategoryKey } from '../taxonomy'

/**
 * Maps a real-world heading (German or English, old or new names) onto the Art. 32 taxonomy.
 * Rules are tried in order; every rule that matches contributes its key, so a heading such as
 * "Logische Zugangs- und Datenzugriffskontrolle" yields two keys. An empty result means the
 * heading could not be placed — the caller decides between inheriting and `other` + warning.
 */
const RULES: ReadonlyArray<[CategoryKey, RegExp]> = [
  ['pseudonymisation', /pseudonym|anonymi/],
  ['encryption', /verschlüsselung|encryption/],
  ['physical-access', /zutritt|physische zugang|physical access|physical security|entry control|premises|facilities/],
  ['system-access', /(?<!physische )zugangs|(?<!physische )zugangskontrolle|system access|system and data access|logical access|admission control|access control to (?:data processing )?systems|benutzerkontrolle|user control/],
  ['data-access', /zugriff|data access|access control to data|usage control|datenträgerkontrolle|speicherkontrolle|storage control/],
  ['separation', /trennung|separation|segregation/],
  ['transfer', /weitergabe|datenübertragung|transfer|disclosure|transmission|transportkontrolle|transport control/],
  ['input', /eingabe|input|nachvollziehbarkeit/],
  ['availability', /verfügbarkeit|availability|kapazität/],
  ['resilience', /belastbarkeit|resilien/],
  ['recoverability', /wiederherstell|recover|restor/],
  ['review', /überprüfung|evaluierung|bewertung|prüfungen|audits|testing|evaluation|review|assessment/],
  ['data-protection-management', /datenschutz-?management|data protection management/],
  ['incident-response', /incident|datenschutzverletzung|sicherheitsvorf/],
  ['privacy-by-default', /voreinstellung|by default|by design|privacy by|datenminimierung|data minimi/],
  ['processor-control', /auftragskontrolle|job control|order control|contract control|processor|auftragsverarbeiter|unterauftrag|subcontract/],
]

/**
 * The headings of Annex II of the EU Standard Contractual Clauses (2021/914), in English and
 * German. They are long sentences that name several words of other rules ("restore the
 * availability … incident"), so a whole-phrase match decides before the word rules do.
 */
const ANNEX_II: ReadonlyArray<[CategoryKey[], RegExp]> = [
  [['pseudonymisation', 'encryption'], /pseudonymi[sz]ation and encryption|pseudonymisierung und verschlüsselung/],
  [['confidentiality', 'integrity', 'availability-resilience'], /ongoing confidentiality, integrity, availability and resilience|vertraulichkeit, integrität, verfügbarkeit und belastbarkeit/],
  [['recoverability'], /ability to restore the availability|verfügbarkeit der personenbezogenen daten und den zugang .* wiederherzustellen/],
  [['review'], /regularly testing, assessing and evaluating|regelmäßigen überprüfung, bewertung und evaluierung/],
  [['system-access', 'data-access'], /user identification and authori[sz]ation|identifizierung und autorisierung/],
  [['transfer'], /protection of data during transmission|schutz der daten während der übermittlung/],
  [['data-access'], /protection of data during storage|schutz der daten während der speicherung/],
  [['physical-access'], /physical security of locations|physischen sicherheit von orten/],
  [['input'], /events? logging|protokollierung von ereignissen/],
  [['privacy-by-default'], /system configuration, including default configuration|systemkonfiguration, einschließlich der standardkonfiguration/],
  [['data-protection-management'], /it security governance|governance und (?:das )?management der it/],
  [['review'], /certification\/assurance|zertifizierung\/qualitätssicherung|zertifizierung\/gewährleistung/],
  [['privacy-by-default'], /ensuring data minimi[sz]ation|limited data retention|datenminimierung|begrenzte(?:n)? (?:vorrats)?datenspeicherung/],
  [['integrity'], /ensuring data quality|datenqualität/],
  [['data-protection-management'], /ensuring accountability|rechenschaftspflicht|data portability|datenübertragbarkeit/],
  [['processor-control'], /transfers to \(?sub-?\)? ?processors|übermittlungen an \(?unter-?\)? ?auftragsverarbeiter/],
]

const GROUP_RULES: ReadonlyArray<[CategoryKey, RegExp]> = [
  ['confidentiality', /vertraulichkeit|confidentiality/],
  ['integrity', /integrität|integrity/],
]

export interface Categorization {
  /** Keys in the order they were found; empty when the heading could not be placed. */
  keys: CategoryKey[]
}

export function categorize(heading: string): Categorization {
  const h = heading.toLowerCase().replace(/\s+/g, ' ')
  for (const [keys, re] of ANNEX_II) if (re.test(h)) return { keys: [...keys] }
  const keys: CategoryKey[] = []
  for (const [key, re] of GROUP_RULES) if (re.test(h)) keys.push(key)
  for (const [key, re] of RULES) if (re.test(h) && !keys.includes(key)) keys.push(key)
  // "Verfügbarkeit und Belastbarkeit" as a heading of its own is the group heading.
  if (keys.includes('availability') && keys.includes('resilience') && !/kontrolle|control/.test(h)) {
    return { keys: ['availability-resilience', ...keys.filter((k) => k !== 'availability' && k !== 'resilience')] }
  }
  // A group heading ("Vertraulichkeit") wins only when nothing more specific is named.
  if (keys.length > 1 && (keys[0] === 'confidentiality' || keys[0] === 'integrity')) keys.shift()
  // "Verfügbarkeit und Kapazität" (availability + capacity) is the availability group heading.
  if (keys.length === 1 && keys[0] === 'availability' && /kapazität/.test(h) && /verfügbarkeit und/.test(h)) {
    return { keys: ['availability-resilience'] }
  }
  return { keys }
}
