import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument, type DocumentImport } from '../../cms/domain/import/index'
import type { TomDocument } from '../../cms/domain/tom-schema'
import { makeDocx } from '../helpers/docx'

/** Web pages as legal teams copy them: HTML inside Markdown, template markup, pasted source. */
const dir = join(import.meta.dirname, '../fixtures/import/html-in-md')
const load = (name: string, as = name) => importDocument(readFileSync(join(dir, name)), as)
const controls = (doc: TomDocument) =>
  doc.sections.flatMap((s) =>
    s.controls.map((c) => ({
      heading: c.implicit ? s.heading : c.heading,
      category: c.category,
      measures: c.measures.map((m) => (m.prose ? `[prose] ${m.text}` : m.text)),
    })),
  )
const everything = (r: DocumentImport) => JSON.stringify(r.result.document)

describe('importer: HTML wherever it is', () => {
  it('a .md file whose body is HTML (tabs, classes), with front matter and a comment', async () => {
    const r = await load('tom-website.md')
    expect(r.format).toBe('html')
    const doc = r.result.document
    expect(doc.title).toBe('Technische und organisatorische Maßnahmen') // from the front matter
    expect(doc.preamble).toBe(
      'Die nachfolgenden Maßnahmen gelten für alle Leistungen der Muster Hosting GmbH.',
    )
    expect(everything(r)).not.toMatch(/layout|nav_order|permalink|alten CMS/)
    expect(doc.sections.map((s) => `${s.heading} → ${s.category}`)).toEqual([
      'Vertraulichkeit → confidentiality',
      'Integrität → integrity',
      'Verfügbarkeit und Belastbarkeit → availability-resilience',
    ])
    expect(controls(doc)).toEqual([
      {
        heading:
          'Es wurden folgende Maßnahmen getroffen, um Unbefugten den Zutritt zu Datenverarbeitungsanlagen, mit denen personenbezogene Daten verarbeitet werden, zu verwehren (Zutrittskontrolle)',
        category: 'physical-access',
        measures: [
          'Manuelles Schließsystem',
          'Lichtschranken / Bewegungsmelder',
          'Schlüsselregelung (Schlüsselausgabe etc.)',
          'Empfang / Rezeption',
          'Besucherbuch',
        ],
      },
      {
        heading:
          'Maßnahmen, die verhindern, dass Datenverarbeitungssysteme von Unbefugten genutzt werden können (Zugangskontrolle)',
        category: 'system-access',
        measures: ['Login mit Benutzername und Passwort', 'Anti-Viren-Software', 'Firewall'],
      },
      {
        heading:
          'Maßnahmen, die gewährleisten, dass die Berechtigten ausschließlich auf die ihrer Zugriffsberechtigung unterliegenden Daten zugreifen können (Zugriffskontrolle)',
        category: 'data-access',
        measures: [
          '[prose] Berechtigungen werden nach dem Need-to-know-Prinzip vergeben und halbjährlich überprüft.',
        ],
      },
      {
        heading: 'Weitergabekontrolle',
        category: 'transfer',
        measures: [
          'Verschlüsselte Verbindungen (TLS)',
          'VPN-Tunnel für Fernwartung',
          'Protokollierung der Übermittlungen',
        ],
      },
      {
        heading: 'Verfügbarkeitskontrolle',
        category: 'availability',
        measures: ['Tägliche Backups', 'USV'],
      },
    ])
    // Warnings and every item's position point into the original file.
    const source = readFileSync(join(dir, 'tom-website.md'), 'utf8').split('\n')
    const first = r.positions.sections[0]!.controls[0]!
    expect(source[first.at.line - 1]).toContain('(Zutrittskontrolle)')
    expect(first.measures.map((m) => m.line)).toEqual([14, 14, 14, 14, 14])
    expect(source[r.positions.sections[0]!.controls[1]!.measures[2]!.line - 1]).toContain(
      '<li>Firewall</li>',
    )
    for (const w of r.result.warnings) expect(source[w.line - 1]).toBeDefined()
  })

  it('the same page pasted as text (no file name) reads the same', async () => {
    const pasted = await importDocument(readFileSync(join(dir, 'tom-website.md')), 'pasted text')
    const file = await load('tom-website.md')
    expect(pasted.result.document).toEqual(file.result.document)
  })

  it('a Blade template: directives, {{ }} output and comments do not stop it', async () => {
    const r = await load('blade-template.md', 'toms.blade.php')
    const doc = r.result.document
    expect(everything(r)).not.toMatch(/@if|@endif|@section|\{\{|\$page|Stand wird/)
    expect(controls(doc)).toEqual([
      {
        heading: 'Physical access control',
        category: 'physical-access',
        measures: ['Key card access to all offices', 'Visitors are accompanied at all times'],
      },
      {
        heading: 'Virtual access control',
        category: 'system-access',
        measures: ['Single sign-on with two-factor authentication'],
      },
      {
        heading: 'Authorization Control',
        category: 'data-access',
        measures: ['Role-based access rights'],
      },
      {
        heading: 'Control of instructions',
        category: 'processor-control',
        measures: ['[prose] Processing only on documented instructions of the customer.'],
      },
      {
        heading: 'Load capacity',
        category: 'resilience',
        measures: ['Autoscaling', 'load balancers', 'DDoS protection'],
      },
    ])
    expect(doc.title).toBe('Technical and organisational measures')
    expect(doc.effectiveDate).toBe('2026-02-01')
  })

  it('a React page (JSX with className, comments, imports) in a .txt file', async () => {
    const r = await load('react-page.tsx.txt')
    expect(r.format).toBe('html')
    const doc = r.result.document
    expect(doc.title).toBe('Technische und organisatorische Maßnahmen')
    expect(everything(r)).not.toMatch(/className|import|export|TODO|Layout/)
    expect(controls(doc)).toEqual([
      {
        heading: 'Zutrittskontrolle',
        category: 'physical-access',
        measures: ['Alarmanlage', 'Videoüberwachung'],
      },
      {
        heading: 'Datenpannen-Reaktionsplan',
        category: 'incident-response',
        measures: ['[prose] Meldung an den Auftraggeber innerhalb von 24 Stunden nach Kenntnis.'],
      },
      {
        heading: 'Awareness and training',
        category: 'data-protection-management',
        measures: ['Jährliche Datenschutzschulung'],
      },
    ])
  })

  it('Markdown with HTML blocks between Markdown parts keeps both', async () => {
    const text = [
      '# TOM der Beispiel AG',
      '',
      '<!-- interne Notiz: nicht veröffentlichen -->',
      '',
      '## Zutrittskontrolle',
      '',
      '- Alarmanlage',
      '',
      '<h2>Zugangskontrolle</h2>',
      '<ul>',
      '  <li>Passwortrichtlinie</li>',
      '  <li>2FA</li>',
      '</ul>',
      '',
      '## Eingabekontrolle',
      '',
      '- Protokollierung aller Änderungen',
      '',
    ].join('\n')
    const r = await importDocument(new TextEncoder().encode(text), 'toms.md')
    expect(r.result.document.title).toBe('TOM der Beispiel AG')
    expect(controls(r.result.document)).toEqual([
      { heading: 'Zutrittskontrolle', category: 'physical-access', measures: ['Alarmanlage'] },
      {
        heading: 'Zugangskontrolle',
        category: 'system-access',
        measures: ['Passwortrichtlinie', '2FA'],
      },
      {
        heading: 'Eingabekontrolle',
        category: 'input',
        measures: ['Protokollierung aller Änderungen'],
      },
    ])
    expect(everything(r)).not.toMatch(/interne Notiz/)
    const zugang = r.result.warnings.length === 0
    expect(zugang).toBe(true)
  })

  it('an HTML comment before the title never becomes the title', async () => {
    const text =
      '<!-- Generated by Pandoc, do not edit -->\n\nTechnische und organisatorische Maßnahmen\n\n## Zutrittskontrolle\n\n- Alarmanlage\n'
    const r = await importDocument(new TextEncoder().encode(text), 'toms.md')
    expect(r.result.document.title).toBe('Technische und organisatorische Maßnahmen')
  })

  it('a Word document: bold control headings, a comma list, a lone item, a sentence and a table', async () => {
    const docx = makeDocx([
      { text: 'Anlage 2 – Technische und organisatorische Maßnahmen', style: 'Heading1' },
      { text: '1. Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)', style: 'Heading2' },
      { text: 'Zutrittskontrolle', bold: true },
      { text: 'Alarmanlage, Chipkarten, Videoüberwachung der Eingänge, Besucherregelung' },
      { text: 'Zugangskontrolle', bold: true },
      { text: 'Firewall' },
      { text: 'Der Zugang zu den Systemen erfolgt ausschließlich über personalisierte Konten.' },
      { text: '2. Integrität', style: 'Heading2' },
      { text: 'Eingabekontrolle', bold: true },
      {
        table: [
          ['Maßnahme', 'Umsetzung'],
          ['Protokollierung', 'Alle Änderungen werden protokolliert'],
          ['Vier-Augen-Prinzip', 'Bei Stammdaten'],
        ],
      },
    ])
    const r = await importDocument(new Uint8Array(docx), 'tom.docx')
    expect(controls(r.result.document)).toEqual([
      {
        heading: 'Zutrittskontrolle',
        category: 'physical-access',
        measures: [
          'Alarmanlage',
          'Chipkarten',
          'Videoüberwachung der Eingänge',
          'Besucherregelung',
        ],
      },
      {
        heading: 'Zugangskontrolle',
        category: 'system-access',
        measures: [
          'Firewall',
          '[prose] Der Zugang zu den Systemen erfolgt ausschließlich über personalisierte Konten.',
        ],
      },
      {
        heading: 'Eingabekontrolle',
        category: 'input',
        measures: ['Protokollierung', 'Vier-Augen-Prinzip'],
      },
    ])
    expect(r.result.warnings).toEqual([])
  })

  it('SCC Annex II as an ordered list of bold headings with nested lists, and a DPO contact after it', async () => {
    const html = `<h1>Annex II - Technical and Organisational Measures</h1>
<p>Effective date: January 1, 2026</p>
<ol>
<li><strong>Measures of pseudonymisation and encryption of personal data</strong>
<ul><li>AES-256 encryption at rest</li><li>TLS 1.2 or higher in transit</li></ul></li>
<li><strong>Measures for user identification and authorisation</strong>
<ul><li>SSO with MFA</li><li>Quarterly access reviews</li></ul></li>
<li><strong>Measures for ensuring physical security of locations at which personal data are processed</strong>
<p>Our offices use badge access. Data centres are operated by AWS and are ISO 27001 certified.</p></li>
</ol>
<h2>Contact</h2>
<p>Data Protection Officer<br>Jane Doe<br>Example Ltd.<br>1 Main Street<br>London EC1A 1BB<br>dpo@example.com</p>`
    const r = await importDocument(new TextEncoder().encode(html), 'annex-ii.html')
    expect(controls(r.result.document)).toEqual([
      {
        heading: 'Measures of pseudonymisation and encryption of personal data',
        category: 'pseudonymisation',
        measures: ['AES-256 encryption at rest', 'TLS 1.2 or higher in transit'],
      },
      {
        heading: 'Measures for user identification and authorisation',
        category: 'system-access',
        measures: ['SSO with MFA', 'Quarterly access reviews'],
      },
      {
        heading:
          'Measures for ensuring physical security of locations at which personal data are processed',
        category: 'physical-access',
        measures: [
          '[prose] Our offices use badge access. Data centres are operated by AWS and are ISO 27001 certified.',
        ],
      },
    ])
    expect(r.result.document.effectiveDate).toBe('2026-01-01')
    expect(r.suggestions.contacts.map((c) => c.role)).toEqual(['dpo'])
    expect(r.suggestions.subprocessors.map((s) => s.name)).not.toContain('Example Ltd.')
  })
})
