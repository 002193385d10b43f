/**
 * The Art. 32 GDPR taxonomy: normalised category keys so that TOMs of different
 * companies line up. Framework-free: imported by the parser, the Payload plugin and the site.
 */

export type CategoryKind = 'measure' | 'group' | 'other'

export interface CategoryDefinition {
  key: string
  de: string
  en: string
  basis: string
  /** `group` keys head a set of measure categories (e.g. "Vertraulichkeit"). */
  kind: CategoryKind
}

export const CATEGORIES = [
  {
    key: 'pseudonymisation',
    de: 'Pseudonymisierung',
    en: 'Pseudonymisation',
    basis: 'Art. 32(1)(a)',
    kind: 'measure',
  },
  {
    key: 'encryption',
    de: 'Verschlüsselung',
    en: 'Encryption',
    basis: 'Art. 32(1)(a)',
    kind: 'measure',
  },
  {
    key: 'physical-access',
    de: 'Zutrittskontrolle',
    en: 'Physical access control',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'system-access',
    de: 'Zugangskontrolle',
    en: 'System access control',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'data-access',
    de: 'Zugriffskontrolle',
    en: 'Data access control',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'separation',
    de: 'Trennungskontrolle',
    en: 'Separation control',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'transfer',
    de: 'Weitergabekontrolle',
    en: 'Transfer control',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'input',
    de: 'Eingabekontrolle',
    en: 'Input control',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'availability',
    de: 'Verfügbarkeitskontrolle',
    en: 'Availability control',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'resilience',
    de: 'Belastbarkeit',
    en: 'Resilience',
    basis: 'Art. 32(1)(b)',
    kind: 'measure',
  },
  {
    key: 'recoverability',
    de: 'Rasche Wiederherstellbarkeit',
    en: 'Recoverability',
    basis: 'Art. 32(1)(c)',
    kind: 'measure',
  },
  {
    key: 'review',
    de: 'Regelmäßige Überprüfung und Evaluierung',
    en: 'Regular testing and evaluation',
    basis: 'Art. 32(1)(d)',
    kind: 'measure',
  },
  {
    key: 'data-protection-management',
    de: 'Datenschutz-Management',
    en: 'Data protection management',
    basis: 'Art. 32(1)(d), Art. 24',
    kind: 'measure',
  },
  {
    key: 'incident-response',
    de: 'Incident-Response-Management',
    en: 'Incident response',
    basis: 'Art. 33, 34',
    kind: 'measure',
  },
  {
    key: 'privacy-by-default',
    de: 'Datenschutzfreundliche Voreinstellungen',
    en: 'Data protection by design and default',
    basis: 'Art. 25',
    kind: 'measure',
  },
  {
    key: 'processor-control',
    de: 'Auftragskontrolle',
    en: 'Processor (job) control',
    basis: 'Art. 28',
    kind: 'measure',
  },
  {
    key: 'confidentiality',
    de: 'Vertraulichkeit',
    en: 'Confidentiality',
    basis: 'Art. 32(1)(b)',
    kind: 'group',
  },
  { key: 'integrity', de: 'Integrität', en: 'Integrity', basis: 'Art. 32(1)(b)', kind: 'group' },
  {
    key: 'availability-resilience',
    de: 'Verfügbarkeit und Belastbarkeit',
    en: 'Availability and resilience',
    basis: 'Art. 32(1)(b)',
    kind: 'group',
  },
  { key: 'other', de: 'Sonstiges', en: 'Other', basis: '', kind: 'other' },
] as const satisfies readonly CategoryDefinition[]

export type CategoryKey = (typeof CATEGORIES)[number]['key']

export const CATEGORY_KEYS = CATEGORIES.map((c) => c.key) as [CategoryKey, ...CategoryKey[]]

const byKey = new Map<string, CategoryDefinition>(CATEGORIES.map((c) => [c.key, c]))

export function isCategoryKey(value: string): value is CategoryKey {
  return byKey.has(value)
}

export function getCategory(key: string): CategoryDefinition {
  const found = byKey.get(key)
  if (!found) throw new Error(`Unknown Art. 32 category "${key}"`)
  return found
}

export function categoryLabel(key: string, locale: 'de' | 'en' = 'de'): string {
  return getCategory(key)[locale]
}
