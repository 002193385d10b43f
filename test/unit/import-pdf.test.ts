import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument, type DocumentImport } from '../../cms/domain/import/index'
import { ParseError } from '../../cms/domain/parser/index'
import type { TomDocument } from '../../cms/domain/tom-schema'
import { encryptedPdf, printToPdf, scannedPdf } from '../helpers/pdf'

/**
 * PDFs as legal teams have them: a TOM page printed from a browser (A4, running header, "Seite 1
 * von 2" footer, bullets drawn as shapes, lines wrapped mid-sentence, soft hyphens). The PDFs are
 * made here from HTML with Chromium's page.pdf; the parsed documents are compared with goldens
 * (UPDATE_GOLDEN=1 rewrites them after a checked improvement).
 */
const fixtures = join(import.meta.dirname, '../fixtures/import/pdf')
const goldenDir = join(import.meta.dirname, '../fixtures/golden/import')

function expectGolden(name: string, doc: TomDocument) {
  const file = join(goldenDir, `${name}.json`)
  if (process.env.UPDATE_GOLDEN || !existsSync(file))
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`)
  expect(JSON.parse(JSON.stringify(doc))).toEqual(JSON.parse(readFileSync(file, 'utf8')))
}
const allText = (doc: TomDocument) => JSON.stringify(doc)
const measuresOf = (doc: TomDocument, heading: string) =>
  doc.sections
    .flatMap((s) => s.controls)
    .find((c) => c.heading === heading)!
    .measures.map((m) => m.text)

describe('importer: PDF printed by Chromium', () => {
  let de: DocumentImport
  let en: DocumentImport
  beforeAll(async () => {
    const germanPdf = await printToPdf(readFileSync(join(fixtures, 'tom-de.html'), 'utf8'), {
      header:
        '<div style="font-size:8px;width:100%;padding:0 2cm;display:flex;justify-content:space-between"><span>Beispiel Cloud GmbH</span><span>Anlage 2 – TOM</span></div>',
      footer:
        '<div style="font-size:8px;width:100%;text-align:center">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
    })
    de = await importDocument(germanPdf, 'TOM Beispiel Cloud.pdf')
    const englishPdf = await printToPdf(readFileSync(join(fixtures, 'annex-ii-en.html'), 'utf8'), {
      header:
        '<div style="font-size:8px;width:100%;text-align:right;padding-right:2cm">Data Processing Agreement – Annex II</div>',
      footer:
        '<div style="font-size:8px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    })
    en = await importDocument(englishPdf, 'annex-ii.pdf')
  }, 60_000)

  it('German TOM annex over two pages: structure, categories and measures as the golden', () => {
    expect(de.format).toBe('pdf')
    const doc = de.result.document
    expect(doc.title).toBe(
      'Technische und organisatorische Maßnahmen (TOM) der Beispiel Cloud GmbH',
    )
    expect(doc.effectiveDate).toBe('2026-03-15')
    expect(doc.sections.map((s) => s.category)).toEqual([
      'confidentiality',
      'integrity',
      'availability-resilience',
      'review',
    ])
    expectGolden('pdf-tom-de', doc)
  })

  it('drops running headers, footers and page numbers, and says so with the page', () => {
    const text = allText(de.result.document)
    expect(text).not.toMatch(/Seite \d von \d|Anlage 2 – TOM/)
    expect(de.text).not.toMatch(/Seite \d von \d/)
    const notes = de.result.warnings.filter((w) => /removed/.test(w.message))
    expect(notes.map((n) => n.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^running header .*Beispiel Cloud GmbH.* removed on 2 pages$/),
        expect.stringMatching(/^page number "Seite 1 von 2" removed on 2 pages$/),
      ]),
    )
    expect(notes.every((n) => n.page === 1)).toBe(true)
  })

  it('joins wrapped bullets and undoes soft hyphenation; bullets drawn as shapes become items', () => {
    const doc = de.result.document
    expect(measuresOf(doc, 'Zutrittskontrolle')).toEqual([
      'Elektronisches Zutrittskontrollsystem mit personalisierten Transpondern für alle Büro- und Technikräume',
      'Alarmanlage',
      'Videoüberwachung der Eingänge des Rechenzentrums mit Aufzeichnung und Speicherung der Aufnahmen für höchstens 72 Stunden',
      'Besucher nur in Begleitung',
    ])
    const prose = doc.sections[0]!.controls.find((c) => c.heading === 'Zugriffskontrolle')!.measures
    expect(prose).toHaveLength(1)
    expect(prose[0]!.prose).toBe(true)
    expect(prose[0]!.text).toMatch(
      /rollenbasiertes Berechtigungskonzept gesteuert; .* beim Ausscheiden von Mitarbeitenden unverzüglich entzogen\.$/,
    )
    expect(measuresOf(doc, 'Trennungskontrolle')).toEqual([
      'Mandantentrennung auf Datenbankebene',
      'getrennte Test- und Produktivsysteme',
      'Sandboxing',
    ])
  })

  it('reads a simple two-column table as measures with details', () => {
    const control = de.result.document.sections[3]!.controls.find(
      (c) => c.heading === 'Auftragskontrolle',
    )!
    expect(control.measures.slice(-2)).toEqual([
      { text: 'Zertifizierung', detail: 'ISO/IEC 27001 seit 2021' },
      { text: 'Penetrationstest', detail: 'jährlich durch externe Prüfer' },
    ])
  })

  it('English SCC Annex II with nested lists, glyph bullets and hyphenated words', () => {
    const doc = en.result.document
    expect(doc.sections.map((s) => s.category)).toEqual([
      'pseudonymisation',
      'system-access',
      'transfer',
      'physical-access',
      'input',
      'privacy-by-default',
    ])
    expect(
      measuresOf(doc, 'Measures of pseudonymisation and encryption of personal data'),
    ).toContain(
      'Pseudonymisation of analytics identifiers with keyed hashes whose keys are rotated quarterly',
    )
    expect(measuresOf(doc, 'Measures for the protection of data during transmission')).toEqual([
      'Data is transmitted only over encrypted channels.',
      'Site-to-site VPN between offices and the cloud environment, with certificates managed in a central PKI and renewed automatically',
    ])
    expect(
      measuresOf(
        doc,
        'Measures for ensuring physical security of locations at which personal data are processed',
      ),
    ).toEqual(['Badge access', 'CCTV', 'visitor log'])
    expect(allText(doc)).not.toMatch(/Data Processing Agreement – Annex II|Page 1 of 1/)
    expectGolden('pdf-annex-ii-en', doc)
  })

  it('every line of what was read is accounted for, and line numbers point into pages', () => {
    for (const r of [de, en]) {
      const { total, ...kinds } = r.result.report.lines
      expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(total)
      expect(r.result.warnings.every((w) => w.page !== undefined && w.page >= 1)).toBe(true)
    }
    // Items carry page and line: the last control of the German annex is on page 2.
    const places = de.positions.sections.flatMap((s) => s.controls.flatMap((c) => c.measures))
    expect(places.every((p) => p.page !== undefined && p.line >= 1)).toBe(true)
    expect(places[0]!.page).toBe(1)
    expect(places[places.length - 1]!.page).toBe(2)
  })
})

describe('importer: PDFs that cannot be read', () => {
  it('a scanned PDF (images only) gets a clear message', async () => {
    const pdf = await scannedPdf('Zutrittskontrolle: Alarmanlage, Videoüberwachung')
    await expect(importDocument(pdf, 'scan.pdf')).rejects.toThrow(
      /no text layer .* probably a scan/,
    )
  }, 30_000)

  it('a password-protected PDF says so', async () => {
    await expect(importDocument(encryptedPdf(), 'secret.pdf')).rejects.toThrow(/password-protected/)
  })

  it('a truncated PDF is refused as damaged, quickly', async () => {
    const pdf = await printToPdf(
      '<h1>TOM</h1><h2>Zutrittskontrolle</h2><ul><li>Alarmanlage</li></ul>',
    )
    for (const cut of [10, 200, Math.floor(pdf.length / 2), pdf.length - 40]) {
      const started = Date.now()
      const outcome = await importDocument(pdf.subarray(0, cut), 'cut.pdf').then(
        () => 'parsed',
        (e) => (e instanceof ParseError ? 'refused' : `crash: ${e}`),
      )
      expect(outcome).not.toMatch(/crash/)
      expect(Date.now() - started).toBeLessThan(10_000)
    }
    await expect(importDocument(pdf.subarray(0, 200), 'cut.pdf')).rejects.toThrow(
      /not a readable PDF|no text layer/,
    )
  }, 60_000)

  it('a PDF named .txt is still read as PDF', async () => {
    const pdf = await printToPdf(
      '<h1>TOM</h1><h2>Zutrittskontrolle</h2><ul><li>Alarmanlage</li><li>Videoüberwachung</li></ul>',
    )
    const r = await importDocument(pdf, 'toms.txt')
    expect(r.format).toBe('pdf')
    expect(r.result.document.sections[0]!.controls[0]!.measures.map((m) => m.text)).toEqual([
      'Alarmanlage',
      'Videoüberwachung',
    ])
  }, 30_000)
})
