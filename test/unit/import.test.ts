import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText, importDocument, type DocumentImport } from '../../cms/domain/import/index'
import { parseSubprocessorList } from '../../cms/domain/import/subprocessors/parseSubprocessorList'
import { ParseError } from '../../cms/domain/parser/index'
import type { TomDocument } from '../../cms/domain/tom-schema'
import { makeDocx } from '../helpers/docx'

const dir = join(import.meta.dirname, '../fixtures/import')
const load = (name: string) => importDocument(readFileSync(join(dir, name)), name)

const controls = (doc: TomDocument) =>
  doc.sections.flatMap((s) =>
    s.controls.map(
      (c) =>
        `${c.implicit ? s.heading : c.heading} → ${[c.category, ...(c.alsoCovers ?? [])].join('+')}`,
    ),
  )
const measures = (doc: TomDocument) =>
  doc.sections.flatMap((s) =>
    s.controls.flatMap((c) =>
      [...c.measures, ...c.groups.flatMap((g) => g.measures)].map((m) => m.text),
    ),
  )
const nonBlankLines = (text: string) => text.split('\n').filter((l) => l.trim() !== '').length

/** Every non-blank line of what the parser read is counted exactly once. */
function expectAllLinesAccounted(imported: DocumentImport) {
  const { lines } = imported.result.report
  expect(lines.total).toBe(nonBlankLines(imported.text))
  const { total, ...kinds } = lines
  expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(total)
}

describe('importer: document formats', () => {
  it('Markdown with setext headings, bold headings, nested bullets, a numbered list and a table', async () => {
    const r = await load('markdown-setext.md')
    const doc = r.result.document
    expect(r.format).toBe('markdown')
    expect(doc.sections.map((s) => `${s.heading} → ${s.category}`)).toEqual([
      'Vertraulichkeit → confidentiality',
      'Integrität → integrity',
      'Verfügbarkeit und Belastbarkeit → availability-resilience',
    ])
    expect(controls(doc)).toEqual([
      'Zutrittskontrolle → physical-access',
      'Zugangskontrolle → system-access',
      'Zugriffskontrolle → data-access',
      'Weitergabekontrolle → transfer',
      'Eingabekontrolle → input',
      'Verfügbarkeitskontrolle → availability',
    ])
    const entry = doc.sections[0]!.controls[0]!
    expect(entry.groups.map((g) => [g.label, g.measures.length])).toEqual([
      ['Rechenzentren', 3],
      ['Büro', 2],
    ])
    expect(doc.sections[0]!.controls[1]!.measures.map((m) => m.text)).toEqual([
      'Persönliche Benutzerkonten für alle Mitarbeitenden',
      'Passwortrichtlinie mit mindestens 12 Zeichen',
      'Zwei-Faktor-Authentifizierung für Administratoren',
    ])
    const table = doc.sections[0]!.controls[2]!
    expect(table.columns).toEqual(['Maßnahme', 'Beschreibung'])
    expect(table.measures).toEqual([
      { text: 'Rollenkonzept', detail: 'Rechte nach dem Need-to-know-Prinzip' },
      { text: 'Rezertifizierung', detail: 'Berechtigungen werden halbjährlich geprüft' },
    ])
    expect(measures(doc)).toHaveLength(15)
    expect(doc.effectiveDate).toBe('2026-03-15')
    expect(r.result.unparsed).toEqual([])
    expectAllLinesAccounted(r)
  })

  it('plain text with decimal, lettered ("1.a.", "a)", "(a)") and roman ("ii)") numbering, capitals and "label:" groups', async () => {
    const r = await load('plain-lettered.txt')
    const doc = r.result.document
    expect(doc.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      '1 VERTRAULICHKEIT',
      '2 INTEGRITÄT',
      '3 VERFÜGBARKEIT UND BELASTBARKEIT',
    ])
    expect(
      doc.sections.flatMap((s) => s.controls.map((c) => `${c.number} ${c.heading} ${c.category}`)),
    ).toEqual([
      '1.a Zutrittskontrolle physical-access',
      '1.b Zugangskontrolle system-access',
      '2.a Weitergabekontrolle transfer',
      '2.b Eingabekontrolle input',
      'a Verfügbarkeitskontrolle availability',
      'b Rasche Wiederherstellbarkeit recoverability',
    ])
    expect(
      doc.sections[0]!.controls[0]!.groups.map((g) => `${g.label}: ${g.measures.length}`),
    ).toEqual(['Serverräume: 2', 'Büroflächen: 2'])
    expect(measures(doc)).toHaveLength(13)
    expect(doc.effectiveDate).toBe('2026-04-01')
    expectAllLinesAccounted(r)
  })

  it('English "Annex II" (SCC) headings without numbering map onto the taxonomy', async () => {
    const r = await load('annex-ii.txt')
    const doc = r.result.document
    expect(doc.sections).toHaveLength(18)
    const byStart = Object.fromEntries(
      doc.sections.map((s) => [
        s.heading.split(' ').slice(0, 6).join(' '),
        [s.category, ...(s.alsoCovers ?? [])].join('+'),
      ]),
    )
    expect(byStart).toMatchObject({
      'Measures of pseudonymisation and encryption of': 'pseudonymisation+encryption',
      'Measures for ensuring the ability to': 'recoverability',
      'Processes for regularly testing, assessing and': 'review',
      'Measures for user identification and authorisation': 'system-access+data-access',
      'Measures for the protection of data': expect.stringMatching(/transfer|data-access/),
      'Measures for ensuring physical security of': 'physical-access',
      'Measures for ensuring events logging': 'input',
      'Measures for ensuring data minimisation': 'privacy-by-default',
      'For transfers to (sub-) processors, also': 'processor-control',
    })
    expect(measures(doc)).toHaveLength(25)
    expect(doc.effectiveDate).toBe('2026-06-01')
    expect(r.result.warnings).toEqual([])
    expectAllLinesAccounted(r)
  })

  it('English controls with the legal basis in nested parentheses and two categories in one heading', async () => {
    const doc = (await load('english-controls.md')).result.document
    expect(doc.sections[0]).toMatchObject({
      heading: 'Confidentiality',
      legalBasis: 'Art. 32(1)(b) GDPR',
    })
    expect(controls(doc)).toEqual([
      'Physical access control → physical-access',
      'System and data access control → system-access+data-access',
      'Separation control → separation',
      'Pseudonymisation → pseudonymisation',
      'Disclosure control → transfer',
      'Input control → input',
      'Availability control → availability',
      'Rapid recovery → recoverability',
      'Data protection management → data-protection-management',
      'Incident response management → incident-response',
      'Data protection by default → privacy-by-default',
      'Job control → processor-control',
    ])
    expect(doc.sections[3]!.legalBasis).toBe('Art. 32(1)(d) GDPR')
  })

  it('HTML: headings, nested lists, an ordered list and a table whose first column names the control; lines point into the HTML file', async () => {
    const r = await load('annex-ii.html')
    const doc = r.result.document
    expect(r.format).toBe('html')
    expect(doc.title).toBe('Technical and Organisational Measures')
    expect(controls(doc)).toEqual([
      'Physical access control → physical-access',
      'System access control → system-access',
      'Data access control → data-access',
      'Transfer control → transfer',
      'Input control → input',
      'Availability control → availability',
    ])
    expect(doc.sections[0]!.controls[0]!.measures.map((m) => m.text)).toEqual([
      'Badge readers at all doors',
      'Visitor log',
    ])
    expect(doc.sections[0]!.controls[1]!.measures.map((m) => m.text)).toEqual([
      'Unique user accounts',
      'Multi-factor authentication',
    ])
    expect(doc.sections[1]!.controls[0]!.measures.map((m) => m.text)).toEqual([
      'TLS for all connections',
      'HSTS on all web endpoints',
      'SFTP for file exchange',
    ])
    expect(measures(doc).join(' ')).not.toMatch(/not content/)
    expect(doc.closing).toBe('Amsterdam, 1 February 2026')
    expect(r.result.skipped).toEqual([
      { line: 9, code: 'tableColumnLabels', message: 'column labels of a table of controls' },
    ])
    expectAllLinesAccounted(r)
  })

  it('text pasted from Word or PDF: wrapped lines, bullet glyphs, checkboxes, page numbers and footers', async () => {
    const r = await load('word-paste.txt')
    const doc = r.result.document
    expect(controls(doc)).toEqual([
      'Zutrittskontrolle → physical-access',
      'Zugangskontrolle → system-access',
      'Zugriffskontrolle → data-access',
      'Weitergabekontrolle → transfer',
      'Eingabekontrolle → input',
      'Verfügbarkeitskontrolle → availability',
    ])
    expect(doc.sections[0]!.controls[0]!.measures.map((m) => m.text)).toEqual([
      'Alarmanlage',
      'Chipkarten-/Transponder-Schließsystem',
      'Videoüberwachung der Zugänge',
      'Besucherbuch',
    ])
    expect(doc.sections[0]!.controls[1]!.measures.map((m) => m.text)).toContain(
      'Anti-Viren-Software auf Servern und Clients',
    )
    expect(doc.sections[0]!.controls[2]!.measures.map((m) => m.text)).toEqual([
      'Berechtigungskonzept',
      'Verwaltung der Rechte durch Systemadministratoren',
      'Protokollierung von Zugriffen auf Anwendungen',
    ])
    expect(measures(doc)).toHaveLength(17)
    expect(JSON.stringify(doc)).not.toMatch(/Seite \d|vertraulich"/)
    expect(r.result.unparsed).toEqual([
      {
        line: 12,
        text: 'Werkschutz / Pförtner',
        code: 'uncheckedBox',
        message: expect.stringMatching(/unticked checkbox/),
      },
    ])
    expect(r.result.skipped.map((s) => `${s.line} ${s.message}`)).toEqual([
      '17 header or footer repeated on every page',
      '18 page number',
      '32 header or footer repeated on every page',
      '33 page number',
      '48 header or footer repeated on every page',
      '49 page number',
    ])
    expectAllLinesAccounted(r)
  })

  it('controls written as labels ("Zutrittskontrolle:") and bullets without a space ("•Alarmanlage")', async () => {
    const r = await load('labelled-controls.txt')
    expect(controls(r.result.document)).toEqual([
      'Zutrittskontrolle → physical-access',
      'Zugangskontrolle → system-access',
      'Weitergabekontrolle → transfer',
      'Eingabekontrolle → input',
    ])
    expect(measures(r.result.document)).toEqual([
      'Alarmanlage mit Aufschaltung',
      'Schlüsselregelung',
      'Passwortrichtlinie',
      'Verschlüsselte Übertragung (TLS)',
      'Protokollierung von Änderungen',
    ])
    expectAllLinesAccounted(r)
  })

  it('the two-column template "Technische Maßnahmen | Organisatorische Maßnahmen": one measure per cell, a group per column', async () => {
    const r = await load('tech-org-columns.txt')
    const [entry, system] = r.result.document.sections[0]!.controls
    expect(entry!.groups.map((g) => [g.label, g.measures.map((m) => m.text)])).toEqual([
      ['Technische Maßnahmen', ['Alarmanlage', 'Videoüberwachung']],
      ['Organisatorische Maßnahmen', ['Schlüsselregelung', 'Besucherbuch', 'Empfang besetzt']],
    ])
    expect(system!.groups.map((g) => [g.label, g.measures.length])).toEqual([
      ['Technical measures', 2],
      ['Organisational measures', 1],
    ])
    expectAllLinesAccounted(r)
  })

  it('checklist tables: "ja" keeps the measure, "nein" is listed as unparsed', async () => {
    const r = await load('checklist-table.md')
    expect(measures(r.result.document)).toEqual(['Alarmanlage', 'Besucherbuch'])
    expect(r.result.unparsed).toEqual([
      {
        line: 10,
        text: 'Videoüberwachung',
        code: 'answeredNo',
        params: { answer: 'nein' },
        message: 'marked "nein" in the document: not imported as a measure',
      },
    ])
    expectAllLinesAccounted(r)
  })

  it('a .docx through mammoth', async () => {
    const docx = makeDocx([
      { text: 'Technische und organisatorische Maßnahmen', style: 'Heading1' },
      { text: '1. Vertraulichkeit', style: 'Heading2' },
      { text: '1.1 Zutrittskontrolle' },
      { text: '• Alarmanlage' },
      { text: '• Videoüberwachung' },
    ])
    const r = await importDocument(docx, 'toms.docx')
    expect(r.format).toBe('docx')
    expect(controls(r.result.document)).toEqual(['Zutrittskontrolle → physical-access'])
    expect(measures(r.result.document)).toEqual(['Alarmanlage', 'Videoüberwachung'])
  })

  it('files a heading it cannot place under "other" with a warning', async () => {
    const r = await importDocument(
      new TextEncoder().encode(
        '# TOMs\n\n## Zutrittskontrolle\n\n- Alarmanlage\n\n## Kaffeeküche\n\n- Filterkaffee\n',
      ),
      'x.md',
    )
    expect(controls(r.result.document)).toEqual([
      'Zutrittskontrolle → physical-access',
      'Kaffeeküche → other',
    ])
    expect(r.result.warnings).toEqual([
      {
        line: 7,
        code: 'noCategory',
        params: { heading: 'Kaffeeküche' },
        message: 'heading "Kaffeeküche" matches no Art. 32 category; filed under "other"',
      },
    ])
  })
})

describe('importer: encodings', () => {
  const utf8 = readFileSync(join(dir, 'plain-lettered.txt'), 'utf8')
  const expected = async () =>
    measures((await importDocument(new TextEncoder().encode(utf8), 'a.txt')).result.document)

  it('reads Latin-1 / Windows-1252 with a warning', async () => {
    const latin1 = Uint8Array.from([...utf8].map((c) => c.charCodeAt(0)))
    const r = await importDocument(latin1, 'latin1.txt')
    expect(r.encoding).toBe('windows-1252')
    expect(r.result.warnings[0]).toMatchObject({
      line: 4,
      message: expect.stringMatching(/not UTF-8.*Windows-1252/),
    }) // "Gültig ab"
    expect(measures(r.result.document)).toEqual(await expected())
  })

  it('reads UTF-16 with and without a byte-order mark, little- and big-endian', async () => {
    const le = Buffer.from(`\uFEFF${utf8}`, 'utf16le')
    const be = Buffer.from(le).swap16()
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
      [le.subarray(2), 'utf-16le'],
    ] as const) {
      const r = await importDocument(bytes, 'x.txt')
      expect(r.encoding).toBe(encoding)
      expect(measures(r.result.document)).toEqual(await expected())
    }
  })

  it('removes stray control characters with a note, refuses binary files with a line', () => {
    const decoded = decodeText(
      new TextEncoder().encode('1. Vertraulichkeit\n\n- Alarm\u0007anlage\n'),
    )
    expect(decoded.text).toContain('- Alarmanlage')
    expect(decoded.notes).toEqual([
      {
        line: 3,
        code: 'controlCharacters',
        message: 'removed control characters that are not text',
      },
    ])
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ])
    expect(() => decodeText(png)).toThrow(ParseError)
  })

  it('refuses formats it cannot read with advice', async () => {
    await expect(importDocument(new Uint8Array([1, 2, 3]), 'toms.doc')).rejects.toThrow(
      /\.doc files cannot be read; save the document as \.docx, \.html or \.txt/,
    )
    await expect(importDocument(new Uint8Array([1, 2, 3]), 'toms.pdf')).rejects.toThrow(
      /not a readable PDF .*damaged or cut off/,
    )
    await expect(
      importDocument(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.docx'),
    ).rejects.toThrow(/cannot read the \.docx file/)
  })
})

describe('importer: metadata suggestions', () => {
  it('offers company, DPO and contact e-mails and the subprocessors named in the text', async () => {
    expect((await load('annex-ii.txt')).suggestions).toMatchObject({
      companyName: 'Example Analytics Ltd',
      effectiveDate: '2026-06-01',
      emails: [{ address: 'privacy@example-analytics.example', role: 'contact', line: 66 }],
      subprocessors: [
        { name: 'Amazon Web Services EMEA SARL', line: 34 },
        { name: 'Cloudflare, Inc.', line: 65 },
      ],
    })
    const payroll = (await load('english-controls.md')).suggestions
    expect(payroll.companyName).toBe('Example Payroll GmbH')
    expect(payroll.emails).toEqual([
      { address: 'dpo@example-payroll.example', role: 'dpo', line: 39 },
    ])
    expect(payroll.subprocessors).toEqual([{ name: 'Hetzner Online GmbH', line: 48 }])
    expect((await load('plain-lettered.txt')).suggestions.emails).toEqual([
      { address: 'dsb@muster-software.example', role: 'dpo', line: 37 },
    ])
  })

  it('never inserts suggestions into the document', async () => {
    const r = await load('annex-ii.txt')
    expect(r.result.document.sections.some((s) => s.heading.includes('Amazon'))).toBe(false)
  })
})

describe('importer: subprocessor lists', () => {
  const list = (name: string) =>
    parseSubprocessorList(readFileSync(join(dir, 'subprocessors', name), 'utf8'), name)

  it('CSV with semicolons and German column names', () => {
    const r = list('de-semicolon.csv')
    expect(r.format).toBe('csv')
    expect(
      r.entries.map((e) => [e.name, e.purpose, e.locations.join(','), e.transferSafeguard]),
    ).toEqual([
      ['Amazon Web Services EMEA SARL', 'Hosting', 'DE,IE', 'eu-eea'],
      ['Hetzner Online GmbH', 'Backup; Monitoring', 'DE', 'eu-eea'],
      ['Twilio Inc.', 'SMS-Versand', 'US', 'dpf'],
    ])
    expect(r.entries[0]!.address).toBe('38 Avenue John F. Kennedy, L-1855 Luxemburg')
  })

  it('Markdown table with English columns, name and address in one cell, several locations', () => {
    const r = list('en-table.md')
    expect(
      r.entries.map((e) => [e.name, e.address, e.locations.join(','), e.transferSafeguard]),
    ).toEqual([
      ['Cloudflare, Inc.', '101 Townsend St, San Francisco, CA 94107, USA', 'US,DE', 'scc'],
      ['Mailgun Technologies, Inc.', '112 E Pecan St, San Antonio, TX 78205', 'US', 'dpf'],
      ['OVH SAS', '2 rue Kellermann, 59100 Roubaix, France', 'FR', 'eu-eea'],
    ])
    expect(r.unparsed).toEqual([{ line: 1, text: 'Our subprocessors (as of 1 May 2026):' }])
  })

  it('HTML table, line numbers in the HTML file', () => {
    const r = list('en-table.html')
    expect(
      r.entries.map((e) => [e.name, e.locations.join(','), e.transferSafeguard, e.line]),
    ).toEqual([
      ['Stripe Payments Europe, Ltd.', 'IE,US', 'scc', 3],
      ['Sentry (Functional Software, Inc.)', 'US', 'dpf', 4],
    ])
  })

  it('bullet list; a third-country location without a safeguard is flagged, not guessed', () => {
    const r = list('de-list.txt')
    expect(r.format).toBe('list')
    expect(
      r.entries.map((e) => [e.name, e.purpose, e.locations.join(','), e.transferSafeguard]),
    ).toEqual([
      ['Hetzner Online GmbH', 'Hosting', 'DE', 'eu-eea'],
      ['Google Ireland Limited', 'Videokonferenzen', 'IE,US', 'scc'],
      ['Zendesk, Inc.', 'Kundensupport', 'US', 'other'],
    ])
    expect(r.warnings).toEqual([
      {
        line: 5,
        code: 'noSafeguardOutsideEu',
        params: { name: 'Zendesk, Inc.', codes: 'US' },
        message: expect.stringMatching(
          /Zendesk, Inc\.: processing outside the EU\/EEA \(US\) without a stated safeguard/,
        ),
      },
    ])
  })

  it('refuses a table without a name column, and an empty list', () => {
    expect(() => parseSubprocessorList('| Foo | Bar |\n|---|---|\n| a | b |\n')).toThrow(
      /no column names the subprocessor/,
    )
    expect(() => parseSubprocessorList('  \n')).toThrow(/the list is empty/)
  })
})
