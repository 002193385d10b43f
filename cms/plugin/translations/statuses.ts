import type { Locale } from './language'

/** The TOM version statuses as people read them, in the admin's languages. */
export const TOM_STATUS_LABELS = {
  draft: { en: 'Draft', de: 'Entwurf' },
  'in-review': { en: 'In review', de: 'In Prüfung' },
  published: { en: 'Published', de: 'Veröffentlicht' },
  superseded: { en: 'Superseded', de: 'Abgelöst' },
} as const satisfies Record<string, Record<Locale, string>>

export function statusLabel(status: unknown, language: Locale): string {
  const labels = TOM_STATUS_LABELS[String(status) as keyof typeof TOM_STATUS_LABELS]
  return labels ? labels[language] : String(status)
}
