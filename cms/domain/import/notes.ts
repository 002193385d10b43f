/**
 * What the importer says about a document — warnings, skipped lines, refusals — as data: a code
 * and its parameters. The core stays free of any UI: it renders the English text here (the CLI,
 * logs, REST clients read `message`), and an admin renders the code in its user's language
 * (the plugin's translations/importNotes.ts, which must cover every code).
 */
type P = Record<string, string | number>

const quoted = (items: string) => `"${items}"`

export const IMPORT_NOTES = {
  // skipped lines and the TOM parser
  separatorLine: () => 'separator line without content',
  pageNumber: () => 'page number',
  headerOrFooter: () => 'header or footer repeated on every page',
  tableColumnLabels: () => 'column labels of a table of controls',
  emptyListItem: () => 'empty list item',
  uncheckedBox: () =>
    'unticked checkbox: an option the document does not claim; not imported as a measure',
  answeredNo: (p: { answer: string }) =>
    `marked "${p.answer}" in the document: not imported as a measure`,
  measureAfterClosing: () => 'measure after a closing paragraph; kept with the measures above it',
  noTitle: (p: { title: string }) => `no document title found; using "${p.title}"`,
  noCategory: (p: { heading: string }) =>
    `heading "${p.heading}" matches no Art. 32 category; filed under "other"`,
  // reading the file
  empty: () => 'the document is empty',
  binaryNul: () => 'binary data (NUL byte) — expected a text document',
  binaryNulUtf8: () => 'binary data (NUL byte) — expected a UTF-8 text document',
  binaryNulCharacter: () => 'binary data (NUL character) — expected a text document',
  binaryData: () => 'binary data — expected a text document (.txt, .md, .html) or a .docx file',
  notUtf8: () =>
    'not valid UTF-8 text (binary file or another encoding; save the document as UTF-8)',
  notValidEncoding: (p: { encoding: string }) => `not valid ${p.encoding} text`,
  readAsWindows1252: () =>
    'the file is not UTF-8; read it as Windows-1252 (Latin-1). Check umlauts in the preview.',
  controlCharacters: () => 'removed control characters that are not text',
  noStructure: (p: { lines: number }) =>
    `no TOM structure found in lines 1–${p.lines}: expected section headings such as "1. Vertraulichkeit", "I. Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)" or "Physical access control"`,
  unreadableType: (p: { ext: string }) =>
    `.${p.ext} files cannot be read; save the document as .docx, .html or .txt, or paste its text`,
  notWord: (p: { reason: string }) =>
    `cannot read the .docx file (${p.reason}); is it a Word document?`,
  // .docx archives
  docxPassword: () =>
    'the .docx file is password-protected (encrypted); remove the password in Word (File → Info → Protect Document) and upload it again',
  docxEncrypted: () =>
    'the .docx file is encrypted (password-protected); remove the password in Word and upload it again',
  docxDamaged: (p: { reason: string }) =>
    `cannot read the .docx file (${p.reason}); it may be damaged or cut off — save it again from Word`,
  docxZip64: () =>
    'the .docx file is a ZIP64 archive, which Word does not write for documents of this kind; refused',
  docxTooManyParts: (p: { parts: number; max: number }) =>
    `the .docx file has ${p.parts} parts (at most ${p.max}); refused`,
  docxUnpacksTooLarge: (p: {
    size: string
    part: string
    partSize: string
    perPart: string
    total: string
  }) =>
    `the .docx file would unpack to more than ${p.size} ("${p.part}" alone ${p.partSize}; at most ${p.perPart} per part and ${p.total} in all) — refused as a possible zip bomb`,
  docxPartTooLarge: (p: { part: string; size: string }) =>
    `part "${p.part}" of the .docx file unpacks to more than it declares (over ${p.size}) — refused as a possible zip bomb`,
  docxTotalTooLarge: (p: { size: string }) =>
    `the .docx file unpacks to more than ${p.size} — refused as a possible zip bomb`,
  // PDF
  pdfNoText: (p: { pages: number }) =>
    `the PDF has no text layer (${p.pages} page${p.pages === 1 ? '' : 's'} of images only) — it is probably a scan. Run text recognition (OCR) on it, export the original document as PDF, or paste its text`,
  pdfTooManyPages: (p: { pages: number; max: number }) =>
    `the PDF has ${p.pages} pages; at most ${p.max} are read — split the document`,
  pdfTimeout: (p: { seconds: number }) =>
    `reading the PDF took longer than ${p.seconds} s; it is too large or malformed`,
  pdfPassword: () =>
    'the PDF is password-protected; remove the password (print it to a new PDF) and upload it again',
  pdfDamaged: (p: { reason: string }) =>
    `not a readable PDF (${p.reason}); the file may be damaged or cut off`,
  pdfUnreadable: (p: { reason: string }) => `cannot read the PDF (${p.reason})`,
  /** `kind`: "running header", "running footer" or "page number"; `pages`: "1,2" */
  pdfRunningLine: (p: { kind: string; text: string; pages: string }) =>
    `${p.kind} "${p.text}" removed on ${p.pages.includes(',') ? `${p.pages.split(',').length} pages` : `page ${p.pages}`}`,
  // subprocessor lists
  listEmpty: () => 'the list is empty',
  noSubprocessors: () =>
    'no subprocessors found; expected a table with a name column, a CSV file, a bullet list or one heading per subprocessor with its details',
  noNameColumn: (p: { found: string }) =>
    `no column names the subprocessor; expected a heading such as "Name", "Unternehmen", "Supplier" or "Entity" (found: ${p.found})`,
  unknownColumn: (p: { column: string }) =>
    `column "${p.column}" is not one of name, address, purpose, location, safeguard, website; its cells are not imported`,
  badCsv: (p: { reason: string }) => `not a readable CSV file (${p.reason})`,
  noRecord: () => 'no record with details found',
  entryWithoutName: () => 'entry without a name; skipped',
  seatAsLocation: (p: { name: string; codes: string }) =>
    `${p.name}: no processing location given; the company's seat (${p.codes}) is used — check it`,
  locationFromAddress: (p: { name: string; codes: string }) =>
    `${p.name}: location taken from the address (${p.codes})`,
  notACountry: (p: { name: string; places: string }) =>
    `${p.name}: ${quoted(p.places)} is not a country; check the locations`,
  noLocation: (p: { name: string; regions: string }) =>
    `${p.name}: no processing location found${p.regions ? ` (only ${quoted(p.regions)})` : ''}; add one before publishing`,
  unknownSafeguard: (p: { name: string; safeguard: string }) =>
    `${p.name}: safeguard "${p.safeguard}" not recognised; set to "other"`,
  noSafeguardOutsideEu: (p: { name: string; codes: string }) =>
    `${p.name}: processing outside the EU/EEA (${p.codes}) without a stated safeguard; set to "other"`,
  noPurpose: (p: { name: string }) => `${p.name}: no purpose given`,
} satisfies Record<string, (p: never) => string>

export type ImportNoteCode = keyof typeof IMPORT_NOTES
export type ImportNoteParams<C extends ImportNoteCode> = Parameters<
  (typeof IMPORT_NOTES)[C]
>[0] extends undefined
  ? Record<string, never>
  : Parameters<(typeof IMPORT_NOTES)[C]>[0]

/** A note as the importer reports it: the code, its parameters, and the English text. */
export interface ImportNote {
  code: ImportNoteCode
  params?: P
  message: string
}

export function note<C extends ImportNoteCode>(
  code: C,
  ...[params]: Parameters<(typeof IMPORT_NOTES)[C]> extends [] ? [] : [ImportNoteParams<C>]
): ImportNote {
  const render = IMPORT_NOTES[code] as (p: P) => string
  const p = (params ?? {}) as P
  return { code, ...(params ? { params: p } : {}), message: render(p) }
}
