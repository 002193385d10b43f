import type { Locale } from './language'

type Counts = { sections: number; controls: number; groups: number; measures: number }
type At = { line: number; page?: number } | undefined

const ADDRESS_ROLES: Record<string, { en: string; de: string }> = {
  dpo: { en: 'DPO', de: 'Datenschutzbeauftragte(r)' },
  controller: { en: 'controller', de: 'Verantwortlicher' },
  processor: { en: 'processor', de: 'Auftragsverarbeiter' },
  contact: { en: 'contact', de: 'Kontakt' },
}

/** The "Import document" panel's texts, German and English (the admin language decides). */
export const IMPORT_TEXTS = {
  en: {
    language: 'en' as Locale,
    saveFirst: 'Save the company first; then documents can be imported into it.',
    legend: 'Import document',
    kindToms: 'TOM document (.md, .txt, .html, .docx, .pdf)',
    kindSubprocessors: 'Subprocessor list (.csv, .md, .txt, .html, .docx, .pdf)',
    file: 'File',
    paste: '…or paste the text:',
    preview: 'Preview',
    previewRegion: 'Preview',
    createToms: 'Create draft TOM version',
    createSubprocessors: 'Create draft subprocessors',
    imported: 'Imported',
    where: (at: At) => (at ? (at.page ? `p. ${at.page}, line ${at.line}` : `line ${at.line}`) : ''),
    title: 'Title',
    effectiveDate: (stated: string | null | undefined) =>
      `Effective date (the document states ${stated ?? 'none; today is used when empty'})`,
    readAs: (format: string | undefined, c: Counts) =>
      `Read as ${format ?? '?'}. ${c.sections} sections, ${c.controls} controls, ${c.groups} groups, ${c.measures} measures.`,
    lines: 'Lines',
    lineKinds: {
      total: 'total',
      heading: 'heading',
      group: 'group',
      measure: 'measure',
      text: 'text',
      metadata: 'metadata',
      skipped: 'skipped',
      unparsed: 'unparsed',
    } as Record<string, string>,
    implicitControl: '(measures under the section)',
    measures: (n: number) => `${n} measures`,
    prose: 'prose',
    dropControl: 'Drop control',
    drop: 'Drop',
    dropLabel: (text: string) => `Drop “${text}”`,
    merge: 'Merge with above',
    mergeLabel: (text: string) => `Merge “${text}” into the item above`,
    unparsed: 'Unparsed — not imported',
    warnings: 'Warnings',
    skipped: 'Skipped',
    suggestions: 'Suggestions (not applied)',
    company: (name: string) => `company “${name}”`,
    email: (role: string, address: string) =>
      `${role === 'dpo' ? 'DPO' : 'contact'} e-mail: ${address}`,
    address: (role: string, line: number, lines: string[]) =>
      `${ADDRESS_ROLES[role]?.en ?? role} address (line ${line}): ${lines.join(', ')}`,
    subprocessorsNamed: 'Subprocessors named',
    entriesSummary: (format: string | undefined, total: number, incomplete: number) =>
      `Read as ${format ?? '?'}: ${total} entries, ${incomplete} incomplete. Untick an entry to leave it out.`,
    columns: ['Import', 'Line', 'Name', 'Purpose', 'Locations', 'Safeguard', 'Website', 'Missing'],
    importEntry: (name: string) => `Import ${name}`,
    missing: { purpose: 'purpose', locations: 'locations', safeguard: 'safeguard' } as Record<
      string,
      string
    >,
    notRead: 'Not read',
    // the endpoint's answers (POST /companies/:id/import), shown in the toast
    draftCreated: (version: string, measures: number) =>
      `Draft ${version} created with ${measures} measures.`,
    importedBefore: (version: string) =>
      `This document was imported before as version ${version}; nothing created.`,
    subprocessorsCreated: (created: number, skipped: number) =>
      `${created} draft subprocessors created, ${skipped} skipped.`,
    pastedText: 'pasted text',
    refused: (filename: string, line: number, why: string) => `${filename}: line ${line}: ${why}`,
    tooSlow: (filename: string, seconds: number) =>
      `${filename}: reading this document took longer than ${seconds} s and was stopped. It is probably nested too deeply or far larger than a TOM document; save it as plain text, Markdown or a simpler .docx and try again.`,
    tooLarge: (filename: string, mb: number) =>
      `${filename}: this document needs more than ${mb} MB of memory to read (unpacked it is far larger than a TOM document) and was refused.`,
  },
  de: {
    language: 'de' as Locale,
    saveFirst: 'Bitte zuerst das Unternehmen speichern; danach lassen sich Dokumente importieren.',
    legend: 'Dokument importieren',
    kindToms: 'TOM-Dokument (.md, .txt, .html, .docx, .pdf)',
    kindSubprocessors: 'Liste der Unterauftragsverarbeiter (.csv, .md, .txt, .html, .docx, .pdf)',
    file: 'Datei',
    paste: '… oder den Text einfügen:',
    preview: 'Vorschau',
    previewRegion: 'Vorschau',
    createToms: 'TOM-Version als Entwurf anlegen',
    createSubprocessors: 'Unterauftragsverarbeiter als Entwurf anlegen',
    imported: 'Importiert',
    where: (at: At) =>
      at ? (at.page ? `S. ${at.page}, Zeile ${at.line}` : `Zeile ${at.line}`) : '',
    title: 'Titel',
    effectiveDate: (stated: string | null | undefined) =>
      `Gültig ab (laut Dokument: ${stated ?? 'keine Angabe; leer bleibt es heute'})`,
    readAs: (format: string | undefined, c: Counts) =>
      `Gelesen als ${format ?? '?'}. ${c.sections} Abschnitte, ${c.controls} Kontrollen, ${c.groups} Gruppen, ${c.measures} Maßnahmen.`,
    lines: 'Zeilen',
    lineKinds: {
      total: 'insgesamt',
      heading: 'Überschrift',
      group: 'Gruppe',
      measure: 'Maßnahme',
      text: 'Text',
      metadata: 'Metadaten',
      skipped: 'übersprungen',
      unparsed: 'nicht erkannt',
    } as Record<string, string>,
    implicitControl: '(Maßnahmen direkt im Abschnitt)',
    measures: (n: number) => `${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
    prose: 'Fließtext',
    dropControl: 'Kontrolle entfernen',
    drop: 'Entfernen',
    dropLabel: (text: string) => `„${text}“ entfernen`,
    merge: 'Mit vorheriger zusammenführen',
    mergeLabel: (text: string) => `„${text}“ mit dem Eintrag darüber zusammenführen`,
    unparsed: 'Nicht erkannt — wird nicht importiert',
    warnings: 'Warnungen',
    skipped: 'Übersprungen',
    suggestions: 'Vorschläge (nicht übernommen)',
    company: (name: string) => `Unternehmen „${name}“`,
    email: (role: string, address: string) =>
      `E-Mail ${role === 'dpo' ? 'Datenschutzbeauftragte(r)' : 'Kontakt'}: ${address}`,
    address: (role: string, line: number, lines: string[]) =>
      `Anschrift ${ADDRESS_ROLES[role]?.de ?? role} (Zeile ${line}): ${lines.join(', ')}`,
    subprocessorsNamed: 'Genannte Unterauftragsverarbeiter',
    entriesSummary: (format: string | undefined, total: number, incomplete: number) =>
      `Gelesen als ${format ?? '?'}: ${total} Einträge, ${incomplete} unvollständig. Haken entfernen, um einen Eintrag auszulassen.`,
    columns: ['Importieren', 'Zeile', 'Name', 'Zweck', 'Standorte', 'Garantie', 'Website', 'Fehlt'],
    importEntry: (name: string) => `${name} importieren`,
    missing: { purpose: 'Zweck', locations: 'Standorte', safeguard: 'Garantie' } as Record<
      string,
      string
    >,
    notRead: 'Nicht gelesen',
    draftCreated: (version: string, measures: number) =>
      `Entwurf ${version} mit ${measures} Maßnahmen angelegt.`,
    importedBefore: (version: string) =>
      `Dieses Dokument wurde bereits als Version ${version} importiert; nichts angelegt.`,
    subprocessorsCreated: (created: number, skipped: number) =>
      `${created} Unterauftragsverarbeiter als Entwurf angelegt, ${skipped} übersprungen.`,
    pastedText: 'eingefügter Text',
    refused: (filename: string, line: number, why: string) => `${filename}: Zeile ${line}: ${why}`,
    tooSlow: (filename: string, seconds: number) =>
      `${filename}: Das Lesen dieses Dokuments dauerte länger als ${seconds} s und wurde abgebrochen. Es ist vermutlich zu tief verschachtelt oder weit größer als ein TOM-Dokument; speichern Sie es als reinen Text, Markdown oder einfachere .docx-Datei und versuchen Sie es erneut.`,
    tooLarge: (filename: string, mb: number) =>
      `${filename}: Dieses Dokument braucht zum Lesen mehr als ${mb} MB Arbeitsspeicher (entpackt ist es weit größer als ein TOM-Dokument) und wurde abgelehnt.`,
  },
} satisfies Record<Locale, unknown>

export type ImportTexts = (typeof IMPORT_TEXTS)['en']
