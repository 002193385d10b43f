/** Transfer safeguards for processing outside the EU/EEA (Chapter V GDPR), German and English. */
export const TRANSFER_SAFEGUARDS = [
  {
    value: 'eu-eea',
    de: 'EU/EWR (keine Drittlandübermittlung)',
    en: 'EU/EEA (no third-country transfer)',
  },
  {
    value: 'adequacy',
    de: 'Angemessenheitsbeschluss (Art. 45)',
    en: 'Adequacy decision (Art. 45)',
  },
  { value: 'dpf', de: 'EU-US Data Privacy Framework', en: 'EU-US Data Privacy Framework' },
  {
    value: 'scc',
    de: 'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c)',
    en: 'Standard contractual clauses (Art. 46(2)(c))',
  },
  {
    value: 'bcr',
    de: 'Verbindliche interne Datenschutzvorschriften (Art. 47)',
    en: 'Binding corporate rules (Art. 47)',
  },
  { value: 'other', de: 'Sonstige (siehe Hinweise)', en: 'Other (see notes)' },
] as const

export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number]['value']

export function safeguardLabel(value: string, locale: 'de' | 'en' = 'de'): string {
  return TRANSFER_SAFEGUARDS.find((s) => s.value === value)?.[locale] ?? value
}
