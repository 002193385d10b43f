import { describe, expect, it } from 'vitest'
import { importDocument } from '../../cms/domain/import/index'
import type { TomDocument } from '../../cms/domain/tom-schema'
import { printToPdf } from '../helpers/pdf'

/**
 * Forms of measures found in documents written by others (an outside tester's set): lists under a
 * heading that name a category themselves, two-part lists, a legal aim followed by its measures,
 * and justified PDF text.
 */
const controls = (doc: TomDocument) =>
  doc.sections.flatMap((s) =>
    s.controls.map((c) => ({
      heading: c.implicit ? s.heading : c.heading,
      category: c.category,
      measures: c.measures.map((m) => m.text),
    })),
  )
const parse = async (text: string, name = 'toms.md') =>
  (await importDocument(new TextEncoder().encode(text), name)).result.document

describe('importer: measures written under a heading', () => {
  it('a list that names a category is the content of the heading above it, not a heading', async () => {
    const doc = await parse(
      [
        '# TOM',
        '## Verschlüsselung',
        'Festplattenverschlüsselung mit BitLocker, Verschlüsselte Datenbanken (TDE), TLS für alle Webanwendungen',
        '## Weitergabekontrolle',
        'E-Mail-Verschlüsselung mit S/MIME',
        '## Eingabekontrolle',
        'Audit-Log aller Änderungen in der Anwendung, Unveränderbare Speicherung der Logs für 90 Tage',
      ].join('\n\n'),
    )
    expect(controls(doc)).toEqual([
      {
        heading: 'Verschlüsselung',
        category: 'encryption',
        measures: [
          'Festplattenverschlüsselung mit BitLocker',
          'Verschlüsselte Datenbanken (TDE)',
          'TLS für alle Webanwendungen',
        ],
      },
      {
        heading: 'Weitergabekontrolle',
        category: 'transfer',
        measures: ['E-Mail-Verschlüsselung mit S/MIME'],
      },
      {
        heading: 'Eingabekontrolle',
        category: 'input',
        measures: [
          'Audit-Log aller Änderungen in der Anwendung',
          'Unveränderbare Speicherung der Logs für 90 Tage',
        ],
      },
    ])
  })

  it('keeps a two-word place as one phrase', async () => {
    const doc = await parse('# TOM\n\n## Zutrittskontrolle\n\nRechenzentrum Köln, Deutschland\n')
    expect(controls(doc)[0]!.measures).toEqual(['Rechenzentrum Köln, Deutschland'])
  })

  it('old § 9 BDSG style: the aim as text, the comma list on the next line as measures', async () => {
    const doc = await parse(
      [
        'Technische und organisatorische Maßnahmen',
        '',
        '1. Zutrittskontrolle',
        'Unbefugten ist der Zutritt zu Datenverarbeitungsanlagen zu verwehren.',
        'Manuelles Schließsystem, Sicherheitsschlösser, Klingelanlage mit Kamera',
      ].join('\n'),
      'toms.txt',
    )
    expect(controls(doc)).toEqual([
      {
        heading: 'Zutrittskontrolle',
        category: 'physical-access',
        measures: ['Manuelles Schließsystem', 'Sicherheitsschlösser', 'Klingelanlage mit Kamera'],
      },
    ])
    expect(JSON.stringify(doc)).toContain('Unbefugten ist der Zutritt')
  })
})

describe('importer: lists written by legal teams', () => {
  it('the aim and its list on one line; adjectives sharing a noun stay one measure; the signature line is metadata', async () => {
    const doc = await parse(
      [
        'Technische und organisatorische Maßnahmen',
        '',
        '1. Weitergabekontrolle',
        'Es ist zu gewährleisten, dass Daten nicht unbefugt gelesen werden können. Verschlüsselte Übertragung; Weitergabe in anonymisierter oder pseudonymisierter Form; Aktenvernichter (mind. Stufe 3, cross cut)',
        '',
        '2. Verfügbarkeitskontrolle',
        'Tägliche Datensicherung, Aufbewahrung der Datensicherung an einem sicheren, ausgelagerten Ort, Sicherstellung der Vernichtung von Daten nach Beendigung des Auftrags',
        '',
        'Ort, Datum: Bielefeld, 14.05.2017',
      ].join('\n'),
      'toms.txt',
    )
    expect(controls(doc).map((c) => c.measures)).toEqual([
      [
        'Verschlüsselte Übertragung',
        'Weitergabe in anonymisierter oder pseudonymisierter Form',
        'Aktenvernichter (mind. Stufe 3, cross cut)',
      ],
      [
        'Tägliche Datensicherung',
        'Aufbewahrung der Datensicherung an einem sicheren, ausgelagerten Ort',
        'Sicherstellung der Vernichtung von Daten nach Beendigung des Auftrags',
      ],
    ])
    expect(doc.effectiveDate).toBe('2017-05-14')
  })

  it('bold list items naming controls under a group heading are controls', async () => {
    const doc = await parse(
      `<h1>Technische und organisatorische Maßnahmen</h1><h2>Vertraulichkeit</h2><ul>
      <li><strong>Zutrittskontrolle</strong><ul><li>Zutritt zum Büro nur mit Chipkarte</li></ul></li>
      <li><strong>Zugangskontrolle</strong><ul><li>Passwortmanager für alle Mitarbeitenden</li></ul></li>
      </ul><h2>Integrität</h2><h3>Eingabekontrolle</h3><ul><li>Audit-Log aller Änderungen</li></ul>`,
      'toms.html',
    )
    expect(controls(doc).map((c) => [c.heading, c.category])).toEqual([
      ['Zutrittskontrolle', 'physical-access'],
      ['Zugangskontrolle', 'system-access'],
      ['Eingabekontrolle', 'input'],
    ])
  })
})

describe('importer: a saved web page', () => {
  it('its navigation, breadcrumbs and site footer are never title, preamble or notes', async () => {
    const doc = await parse(
      `<nav><a href="/">Start</a> <a href="/kontakt">Kontakt</a></nav><main>
      <div class="breadcrumb"><a href="/trust">Trust Center</a> › TOM</div>
      <h1>Technische und organisatorische Maßnahmen</h1>
      <h2>Zutrittskontrolle</h2><ul><li>Zutritt zum Büro nur mit Chipkarte</li></ul></main>
      <footer><p>&copy; 2026 Kaskade Cloud GmbH · <a href="/impressum">Impressum</a></p></footer>`,
      'toms.html',
    )
    expect(doc.title).toBe('Technische und organisatorische Maßnahmen')
    expect(JSON.stringify(doc)).not.toMatch(/Start|Kontakt|Trust Center|Impressum|Kaskade/)
  })
})

describe('importer: a Confluence export', () => {
  it('items wrapped in paragraphs are items; the export footer is left out', async () => {
    const doc = await parse(
      `<html><body><div id="main"><h1>TOM</h1><h2>Zutrittskontrolle</h2>
      <ul><li><p>Zutritt nur mit Begleitung</p></li><li><p>Zentrale Schlüsselverwaltung</p></li></ul></div>
      <div id="footer" role="contentinfo"><p>Document generated by Confluence on Jan 12, 2026 10:14</p>
      <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div></div></body></html>`,
      'toms.html',
    )
    expect(controls(doc)).toEqual([
      {
        heading: 'Zutrittskontrolle',
        category: 'physical-access',
        measures: ['Zutritt nur mit Begleitung', 'Zentrale Schlüsselverwaltung'],
      },
    ])
    expect(JSON.stringify(doc)).not.toMatch(/Confluence|Atlassian/)
  })
})

describe('importer: a TOM pasted from an e-mail', () => {
  it('the salutation and the line introducing the list are no title; umlauts typed as ae/oe/ue', async () => {
    const doc = await parse(
      [
        'Hallo Frau Schneider,',
        '',
        'wie besprochen hier unsere TOMs fuer den AV-Vertrag:',
        '',
        'Zutrittskontrolle:',
        '* Schluesselregelung mit Ausgabeliste',
        '',
        'Verfuegbarkeitskontrolle:',
        '* Naechtliche Datensicherung auf ein externes Medium',
      ].join('\n'),
      'toms.txt',
    )
    expect(doc.title).not.toMatch(/Hallo|wie besprochen/)
    expect(controls(doc).map((c) => [c.category, c.measures])).toEqual([
      ['physical-access', ['Schluesselregelung mit Ausgabeliste']],
      ['availability', ['Naechtliche Datensicherung auf ein externes Medium']],
    ])
  })
})

describe('importer: justified PDF text', () => {
  it('reads a justified line as words, not as table cells', async () => {
    const pdf = await printToPdf(
      `<html lang="de"><body style="text-align:justify;font:11pt 'DejaVu Serif'">
        <h1 style="text-align:left">Technische und organisatorische Maßnahmen der Rheinwerk Datenservice AG</h1>
        <h2>Zutrittskontrolle</h2><ul>
        <li>Das Betriebsgebäude ist außerhalb der Geschäftszeiten durch eine zertifizierte Einbruchmeldeanlage gesichert, deren Alarme unmittelbar an eine rund um die Uhr besetzte Notruf- und Serviceleitstelle weitergeleitet werden</li>
        <li>Besucherbuch mit Ein- und Austrittszeiten</li></ul>
        <h2>Zugangskontrolle</h2><ul>
        <li>Anmeldung an allen Systemen ausschließlich mit persönlicher Kennung und einem Passwort, das den Vorgaben der unternehmensweiten Passwortrichtlinie entspricht und regelmäßig überprüft wird</li>
        <li>Zwei-Faktor-Authentisierung für alle Fernzugänge</li></ul></body></html>`,
    )
    const { result } = await importDocument(pdf, 'toms.pdf')
    expect(result.document.title).toBe(
      'Technische und organisatorische Maßnahmen der Rheinwerk Datenservice AG',
    )
    expect(controls(result.document).map((c) => c.measures)).toEqual([
      [
        'Das Betriebsgebäude ist außerhalb der Geschäftszeiten durch eine zertifizierte Einbruchmeldeanlage gesichert, deren Alarme unmittelbar an eine rund um die Uhr besetzte Notruf- und Serviceleitstelle weitergeleitet werden',
        'Besucherbuch mit Ein- und Austrittszeiten',
      ],
      [
        'Anmeldung an allen Systemen ausschließlich mit persönlicher Kennung und einem Passwort, das den Vorgaben der unternehmensweiten Passwortrichtlinie entspricht und regelmäßig überprüft wird',
        'Zwei-Faktor-Authentisierung für alle Fernzugänge',
      ],
    ])
  }, 60_000)
})
