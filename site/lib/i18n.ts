import { categoryLabel } from '../../cms/domain/taxonomy'

/** Interface text as data; German is the default locale (DESIGN §1). */
export const ui = {
  de: {
    siteName: 'Trust Center',
    skip: 'Zum Inhalt springen',
    companies: 'Unternehmen',
    search: 'Suche',
    searchPlaceholder: 'Maßnahmen, Kategorien, Unternehmen durchsuchen',
    toms: 'Technische und organisatorische Maßnahmen',
    currentToms: 'Aktuelle TOMs',
    version: 'Version',
    effectiveDate: 'Gültig ab',
    publishedAt: 'Veröffentlicht',
    superseded: 'Diese Version ist nicht mehr aktuell.',
    toCurrent: 'Zur aktuellen Version',
    contents: 'Inhalt',
    measures: 'Maßnahmen',
    category: 'Kategorie',
    legalBasis: 'Rechtsgrundlage',
    atAGlance: 'TOMs auf einen Blick',
    subprocessors: 'Unterauftragsverarbeiter',
    noSubprocessors: 'Keine Unterauftragsverarbeiter veröffentlicht.',
    purpose: 'Zweck',
    locations: 'Standorte',
    contact: 'Kontakt',
    dpo: 'Datenschutzbeauftragte(r)',
    website: 'Website',
    versions: 'Versionen',
    permalink: 'Link auf diese Maßnahme',
    source: 'Quelldokument',
    notFound: 'Seite nicht gefunden',
    notFoundText: 'Diese Seite gibt es nicht (mehr). Versionen von TOMs bleiben unter ihrer Adresse erreichbar; prüfen Sie die Adresse oder suchen Sie.',
    noJs: 'Die Suche benötigt JavaScript.',
    changes: 'Änderungen',
    changesTitle: 'Änderungen gegenüber der Vorversion',
    comparedWith: 'Verglichen mit Version',
    firstVersion: 'Dies ist die erste veröffentlichte Version; es gibt keine Vorversion.',
    noChanges: 'Keine Änderungen an den Maßnahmen.',
    editorial: 'Redaktionelle Änderung: Der Inhalt der Maßnahmen bleibt gleich (z. B. Schreibweise, Reihenfolge, Überschriften).',
    material: 'Wesentliche Änderung',
    kindAdded: 'Neu',
    kindRemoved: 'Entfernt',
    kindChanged: 'Geändert',
    kindMoved: 'Verschoben',
    kindUnchanged: 'Unverändert',
    movedFrom: 'verschoben aus',
    movedTo: 'verschoben nach',
    renamedFrom: 'Überschrift vorher',
    newControl: 'Neue Kontrolle',
    removedControl: 'Entfernte Kontrolle',
    unchangedMeasures: 'unveränderte Maßnahmen',
    textChanged: 'Erläuterung geändert',
    fingerprint: 'Fingerabdruck (SHA-256)',
    fingerprintHelp: 'So prüfen Sie ihn',
    asJson: 'Als JSON',
    recentChanges: 'Letzte Änderungen',
    summary: 'Zusammenfassung',
    feeds: 'Feeds',
    feedCompany: 'RSS: alle Änderungen',
    exampleCompany: 'Beispielunternehmen: Dieses Unternehmen ist erfunden und dient nur der Demonstration.',
    compare: 'Versionen vergleichen',
  },
} as const

export type Locale = keyof typeof ui
export const t = (locale: Locale = 'de') => ui[locale]
export const category = (key: string, locale: Locale = 'de') => categoryLabel(key, locale)

/** One formatter per locale: creating an Intl.DateTimeFormat is slow, and a build formats dates on every page. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

export function formatDate(iso: string | undefined, locale: Locale = 'de'): string {
  if (!iso) return ''
  let format = dateFormats.get(locale)
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' })))
  return format.format(new Date(iso))
}
