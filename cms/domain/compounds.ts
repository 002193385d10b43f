/**
 * German compounds for the search index. Pagefind matches a query against the start of indexed
 * words, so "Zutritt" finds "Zutrittskontrolle" but "Kontrolle" or "Verschlüsselung" found no
 * "Zutrittskontrolle" or "Festplattenverschlüsselung". Each compound is therefore also indexed
 * by its parts: the word stems of TOM language below that it contains after its first letters,
 * and its head before the first such stem (without the linking "s"). A fixed vocabulary keeps it
 * predictable and cheap (no dictionary download, one pass per page).
 */
export const COMPOUND_STEMS = [
  'kontrolle',
  'verschlüsselung',
  'verschlüsselt',
  'schlüssel',
  'zutritt',
  'zugang',
  'zugriff',
  'zugriffe',
  'berechtigung',
  'berechtigungen',
  'passwort',
  'passwörter',
  'kennwort',
  'sicherung',
  'sicherheit',
  'schutz',
  'datenschutz',
  'daten',
  'netz',
  'netzwerk',
  'firewall',
  'zertifikat',
  'protokoll',
  'protokollierung',
  'überwachung',
  'alarm',
  'anlage',
  'anlagen',
  'system',
  'systeme',
  'server',
  'rechenzentrum',
  'zentrum',
  'trennung',
  'weitergabe',
  'eingabe',
  'verfügbarkeit',
  'wiederherstellung',
  'wiederherstellbarkeit',
  'belastbarkeit',
  'überprüfung',
  'management',
  'richtlinie',
  'richtlinien',
  'konzept',
  'verfahren',
  'vertrag',
  'verträge',
  'auftrag',
  'verarbeitung',
  'verarbeiter',
  'pseudonymisierung',
  'anonymisierung',
  'löschung',
  'vernichtung',
  'speicher',
  'speicherung',
  'backup',
  'kopie',
  'kopien',
  'dokumentation',
  'schulung',
  'schulungen',
  'mitarbeiter',
  'personal',
  'besucher',
  'ausweis',
  'karte',
  'karten',
  'tür',
  'türen',
  'schloss',
  'video',
  'transport',
  'übertragung',
  'verbindung',
  'leitung',
  'authentifizierung',
  'anmeldung',
  'sperre',
  'update',
  'updates',
  'patch',
  'software',
  'hardware',
  'gerät',
  'geräte',
  'träger',
  'datenträger',
  'vorfall',
  'vorfälle',
  'meldung',
  'notfall',
  'plan',
  'test',
  'tests',
  'prüfung',
] as const

/**
 * Marks a word that is in the index only: Pagefind indexes "⁂kontrolle" as "kontrolle", and the
 * search page drops every word so marked from the excerpts it shows.
 */
export const INDEX_ONLY = '⁂'

const STEMS = [...new Set(COMPOUND_STEMS)].sort((a, b) => b.length - a.length)
const WORD = /[\p{L}]{8,}/gu

/** The parts of one word that are worth indexing on their own (lower case); none for a simple word. */
export function compoundParts(word: string): string[] {
  const w = word.toLowerCase()
  const parts = new Set<string>()
  let first = w.length
  for (const stem of STEMS) {
    for (let at = w.indexOf(stem, 4); at !== -1; at = w.indexOf(stem, at + 1)) {
      parts.add(stem)
      first = Math.min(first, at)
    }
  }
  if (parts.size === 0) return []
  const head = w.slice(0, first).replace(/(?<=[^s])s$/, '')
  if (head.length >= 4) parts.add(head)
  parts.delete(w)
  return [...parts]
}

/** The parts of every compound in a text, each once. */
export function compoundTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const [word] of text.matchAll(WORD)) for (const part of compoundParts(word)) terms.add(part)
  return [...terms]
}
