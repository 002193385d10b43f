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
  ['physical-access', /zutritt|physische zugang|physical access|premises|facilities/],
  ['system-access', /(?<!physische )zugangs|(?<!physische )zugangskontrolle|system access|access control to (?:data processing )?systems/],
  ['data-access', /zugriff|data access|access control to data/],
  ['separation', /trennung|separation|segregation/],
  ['transfer', /weitergabe|datenübertragung|transfer|disclosure|transmission/],
  ['input', /eingabe|input|nachvollziehbarkeit/],
  ['availability', /verfügbarkeit|availability|kapazität/],
  ['resilience', /belastbarkeit|resilien/],
  ['recoverability', /wiederherstell|recover/],
  ['review', /überprüfung|evaluierung|bewertung|prüfungen|audits|testing|evaluation/],
  ['data-protection-management', /datenschutz-?management|data protection management/],
  ['incident-response', /incident|datenschutzverletzung|sicherheitsvorf/],
  ['privacy-by-default', /voreinstellung|by default|by design|datenminimierung|data minimi/],
  ['processor-control', /auftragskontrolle|job control|processor|auftragsverarbeiter|unterauftrag|subcontract/],
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
