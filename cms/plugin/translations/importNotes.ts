import {
  IMPORT_NOTES,
  type ImportNoteCode,
  type ImportNoteParams,
} from '@trust-center/core/import/notes'
import type { Locale } from './language'

type GermanNotes = { [C in ImportNoteCode]: (p: ImportNoteParams<C>) => string }

const RUNNING_LINES: Record<string, string> = {
  'running header': 'Kopfzeile',
  'running footer': 'Fußzeile',
  'page number': 'Seitenzahl',
}

const list = (items: string) => `„${items.replaceAll('", "', '“, „')}“`

/**
 * The importer's notes in German (the English ones are the core's own, import/notes.ts). Every
 * code the core knows must be here: the type says so. Quotes from the document stay as written.
 */
const GERMAN_NOTES: GermanNotes = {
  separatorLine: () => 'Trennlinie ohne Inhalt',
  pageNumber: () => 'Seitenzahl',
  headerOrFooter: () => 'Kopf- oder Fußzeile, die sich auf jeder Seite wiederholt',
  tableColumnLabels: () => 'Spaltenüberschriften einer Tabelle von Kontrollen',
  emptyListItem: () => 'leerer Listenpunkt',
  uncheckedBox: () =>
    'nicht angekreuztes Kästchen: eine Option, die das Dokument nicht zusagt; nicht als Maßnahme importiert',
  answeredNo: (p) => `im Dokument mit „${p.answer}“ beantwortet: nicht als Maßnahme importiert`,
  measureAfterClosing: () =>
    'Maßnahme nach einem Schlussabsatz; bei den Maßnahmen darüber belassen',
  noTitle: (p) => `kein Dokumenttitel gefunden; verwendet wird „${p.title}“`,
  noCategory: (p) =>
    `Überschrift „${p.heading}“ passt zu keiner Kategorie nach Art. 32 DSGVO; unter „Sonstiges“ abgelegt`,
  empty: () => 'das Dokument ist leer',
  binaryNul: () => 'Binärdaten (NUL-Byte) — erwartet wird ein Textdokument',
  binaryNulUtf8: () => 'Binärdaten (NUL-Byte) — erwartet wird ein UTF-8-Textdokument',
  binaryNulCharacter: () => 'Binärdaten (NUL-Zeichen) — erwartet wird ein Textdokument',
  binaryData: () =>
    'Binärdaten — erwartet wird ein Textdokument (.txt, .md, .html) oder eine .docx-Datei',
  notUtf8: () =>
    'kein gültiger UTF-8-Text (Binärdatei oder andere Kodierung; speichern Sie das Dokument als UTF-8)',
  notValidEncoding: (p) => `kein gültiger ${p.encoding}-Text`,
  readAsWindows1252: () =>
    'die Datei ist nicht UTF-8; sie wurde als Windows-1252 (Latin-1) gelesen. Prüfen Sie die Umlaute in der Vorschau.',
  controlCharacters: () => 'Steuerzeichen entfernt, die kein Text sind',
  noStructure: (p) =>
    `keine TOM-Gliederung in den Zeilen 1–${p.lines} gefunden: erwartet werden Abschnittsüberschriften wie „1. Vertraulichkeit“, „I. Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)“ oder „Zutrittskontrolle“`,
  unreadableType: (p) =>
    `.${p.ext}-Dateien können nicht gelesen werden; speichern Sie das Dokument als .docx, .html oder .txt, oder fügen Sie seinen Text ein`,
  notWord: (p) =>
    `die .docx-Datei kann nicht gelesen werden (${p.reason}); ist es ein Word-Dokument?`,
  docxPassword: () =>
    'die .docx-Datei ist kennwortgeschützt (verschlüsselt); entfernen Sie das Kennwort in Word (Datei → Informationen → Dokument schützen) und laden Sie sie erneut hoch',
  docxEncrypted: () =>
    'die .docx-Datei ist verschlüsselt (kennwortgeschützt); entfernen Sie das Kennwort in Word und laden Sie sie erneut hoch',
  docxDamaged: (p) =>
    `die .docx-Datei kann nicht gelesen werden (${p.reason}); sie ist vielleicht beschädigt oder abgeschnitten — speichern Sie sie in Word erneut`,
  docxZip64: () =>
    'die .docx-Datei ist ein ZIP64-Archiv, das Word für solche Dokumente nicht schreibt; abgelehnt',
  docxTooManyParts: (p) => `die .docx-Datei hat ${p.parts} Teile (höchstens ${p.max}); abgelehnt`,
  docxUnpacksTooLarge: (p) =>
    `die .docx-Datei würde entpackt mehr als ${p.size} groß („${p.part}“ allein ${p.partSize}; höchstens ${p.perPart} je Teil und ${p.total} insgesamt) — als mögliche ZIP-Bombe abgelehnt`,
  docxPartTooLarge: (p) =>
    `Teil „${p.part}“ der .docx-Datei wird entpackt größer als angegeben (über ${p.size}) — als mögliche ZIP-Bombe abgelehnt`,
  docxTotalTooLarge: (p) =>
    `die .docx-Datei wird entpackt größer als ${p.size} — als mögliche ZIP-Bombe abgelehnt`,
  pdfNoText: (p) =>
    `das PDF hat keine Textebene (${p.pages} ${p.pages === 1 ? 'Seite' : 'Seiten'} nur mit Bildern) — vermutlich ein Scan. Lassen Sie eine Texterkennung (OCR) darüber laufen, exportieren Sie das Originaldokument als PDF oder fügen Sie seinen Text ein`,
  pdfTooManyPages: (p) =>
    `das PDF hat ${p.pages} Seiten; gelesen werden höchstens ${p.max} — teilen Sie das Dokument`,
  pdfTimeout: (p) =>
    `das Lesen des PDF dauerte länger als ${p.seconds} s; es ist zu groß oder fehlerhaft`,
  pdfPassword: () =>
    'das PDF ist kennwortgeschützt; entfernen Sie das Kennwort (als neues PDF drucken) und laden Sie es erneut hoch',
  pdfDamaged: (p) =>
    `kein lesbares PDF (${p.reason}); die Datei ist vielleicht beschädigt oder abgeschnitten`,
  pdfUnreadable: (p) => `das PDF kann nicht gelesen werden (${p.reason})`,
  pdfRunningLine: (p) => {
    const pages = p.pages.split(',')
    const kind = RUNNING_LINES[p.kind] ?? p.kind
    return `${kind} „${p.text}“ entfernt (${pages.length === 1 ? `Seite ${pages[0]}` : `${pages.length} Seiten`})`
  },
  listEmpty: () => 'die Liste ist leer',
  noSubprocessors: () =>
    'keine Unterauftragsverarbeiter gefunden; erwartet wird eine Tabelle mit einer Namensspalte, eine CSV-Datei, eine Aufzählung oder eine Überschrift je Unterauftragsverarbeiter mit seinen Angaben',
  noNameColumn: (p) =>
    `keine Spalte nennt den Unterauftragsverarbeiter; erwartet wird eine Überschrift wie „Name“, „Unternehmen“, „Supplier“ oder „Entity“ (gefunden: ${p.found})`,
  unknownColumn: (p) =>
    `Spalte „${p.column}“ ist keine von Name, Anschrift, Zweck, Standort, Garantie, Website; ihre Zellen werden nicht importiert`,
  badCsv: (p) => `keine lesbare CSV-Datei (${p.reason})`,
  noRecord: () => 'kein Eintrag mit Angaben gefunden',
  entryWithoutName: () => 'Eintrag ohne Namen; übersprungen',
  seatAsLocation: (p) =>
    `${p.name}: kein Verarbeitungsort angegeben; der Sitz des Unternehmens (${p.codes}) wird verwendet — bitte prüfen`,
  locationFromAddress: (p) => `${p.name}: Standort aus der Anschrift übernommen (${p.codes})`,
  notACountry: (p) => `${p.name}: ${list(p.places)} ist kein Land; prüfen Sie die Standorte`,
  noLocation: (p) =>
    `${p.name}: kein Verarbeitungsort gefunden${p.regions ? ` (nur ${list(p.regions)})` : ''}; ergänzen Sie ihn vor dem Veröffentlichen`,
  unknownSafeguard: (p) =>
    `${p.name}: Garantie „${p.safeguard}“ nicht erkannt; auf „Sonstiges“ gesetzt`,
  noSafeguardOutsideEu: (p) =>
    `${p.name}: Verarbeitung außerhalb von EU/EWR (${p.codes}) ohne angegebene Garantie; auf „Sonstiges“ gesetzt`,
  noPurpose: (p) => `${p.name}: kein Zweck angegeben`,
}

/** A note from the importer (warning, skipped line, refusal) as data, as the API returns it. */
interface NoteData {
  message?: string
  code?: string
  params?: Record<string, string | number>
}

/**
 * The note in the reader's language. A note without a known code (stored by an older version,
 * or from another source) is shown as its English text.
 */
export function renderNote(note: NoteData, language: Locale): string {
  const code = note.code as ImportNoteCode | undefined
  if (!code || !(code in IMPORT_NOTES)) return note.message ?? ''
  const templates = language === 'de' ? GERMAN_NOTES : IMPORT_NOTES
  try {
    return (templates[code] as (p: NoteData['params']) => string)(note.params ?? {})
  } catch {
    return note.message ?? ''
  }
}
