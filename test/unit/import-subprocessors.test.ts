import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseSubprocessorList, readSubprocessorList } from '../../cms/domain/import/index'
import { makeDocx } from '../helpers/docx'
import { printToPdf } from '../helpers/pdf'

const dir = join(import.meta.dirname, '../fixtures/import/subprocessors')
const list = (name: string) => parseSubprocessorList(readFileSync(join(dir, name), 'utf8'), name)
const summary = (r: ReturnType<typeof parseSubprocessorList>) =>
  r.entries.map((e) => [e.name, e.purpose, e.locations.join(','), e.transferSafeguard])

describe('subprocessor lists as companies publish them', () => {
  it('"Supplier | Function | Geographic Location" with Markdown links; an address row joins the entry above', () => {
    const r = list('en-supplier-links.md')
    expect(summary(r)).toEqual([
      ['Amazon Web Services, Inc.', 'Cloud hosting and storage', 'DE,IE', 'eu-eea'],
      ['Google LLC', 'BigQuery analytics', 'US', 'other'],
      ['Zendesk, Inc.', 'Customer support ticketing', 'NL,US', 'other'],
      ['Stripe, Inc.', 'Payment processing', 'US', 'dpf'],
      ['Postmark (ActiveCampaign, LLC)', 'Transactional e-mail', '', 'other'],
    ])
    expect(r.entries.map((e) => e.url)).toEqual([
      'https://aws.amazon.com',
      'https://cloud.google.com',
      'https://www.zendesk.com',
      'https://stripe.com',
      'https://postmarkapp.com',
    ])
    expect(r.entries[2]!.address).toBe('989 Market Street, San Francisco, CA 94103')
    expect(r.entries[4]!.legalEntity).toBe('ActiveCampaign, LLC')
    expect(r.entries.map((e) => e.incomplete ?? [])).toEqual([
      [],
      ['safeguard'],
      ['safeguard'],
      [],
      ['locations', 'safeguard'],
    ])
  })

  it('"Titel der Aufgabe | Sitz | Ort der Leistungserbringung" with cities and "EU (Amsterdam)"', () => {
    const r = list('de-aufgaben.md')
    expect(summary(r)).toEqual([
      ['Hetzner Online GmbH', 'Hosting der Plattform', 'DE', 'eu-eea'],
      ['Microsoft Ireland Operations Ltd.', 'E-Mail und Office (Microsoft 365)', 'NL,IE', 'eu-eea'],
      ['Elastic N.V.', 'Suche', 'DE,SE', 'eu-eea'],
      ['Personio SE & Co. KG', 'Personalverwaltung', 'DE', 'eu-eea'],
      ['Slack Technologies Limited', 'Interne Kommunikation', 'US', 'scc'],
    ])
    expect(r.warnings).toEqual([])
  })

  it('<h3> names with "Leistung:" / "Ort:" paragraphs; titles and intros are no entries', () => {
    const r = list('records-h3.html')
    expect(r.format).toBe('records')
    expect(summary(r)).toEqual([
      ['IONOS SE', 'Betrieb der Server', 'DE', 'eu-eea'],
      ['Cloudflare, Inc.', 'Content Delivery Network, Schutz vor DDoS-Angriffen', 'US', 'dpf'],
      ['Brevo GmbH', 'Versand von Newslettern', 'DE,FR', 'eu-eea'],
    ])
    expect(r.entries[2]!.url).toBe('https://www.brevo.com/de/legal/privacypolicy/')
    expect(r.entries.map((e) => e.line)).toEqual([7, 10, 16])
  })

  it('records of a bold name, an italic purpose, an address and a link', () => {
    const r = list('records-bold.md')
    expect(summary(r)).toEqual([
      ['Intercom R&D Unlimited Company', 'Customer messaging and in-app chat', 'IE', 'eu-eea'],
      ['Mixpanel, Inc.', 'Product analytics', 'US', 'scc'],
      ['Sentry (Functional Software, Inc.)', 'Error monitoring', 'US', 'dpf'],
    ])
    expect(r.entries.map((e) => e.address)).toEqual([
      "2nd Floor, Stephen Court, 18-21 St. Stephen's Green, Dublin 2, Ireland",
      'One Front Street, 28th Floor, San Francisco, CA 94111',
      '45 Fremont Street, 8th Floor, San Francisco, CA 94105',
    ])
    expect(r.entries.map((e) => e.url ?? null)).toEqual([
      'https://www.intercom.com',
      'https://mixpanel.com',
      null,
    ])
    expect(r.unparsed).toEqual([{ line: 1, text: 'Our subprocessors' }])
  })

  it('no address, URL or purpose line ever becomes an entry of its own', () => {
    for (const name of [
      'en-supplier-links.md',
      'de-aufgaben.md',
      'records-h3.html',
      'records-bold.md',
      'de-list.txt',
      'en-table.md',
      'en-table.html',
      'de-semicolon.csv',
    ]) {
      for (const e of list(name).entries) {
        expect(e.name).not.toMatch(
          /^(?:https?:|www\.)|^\d{4,5} |straße \d|street\b|^leistung:|^ort:/i,
        )
        expect(e.name.split(/\s+/).length).toBeLessThanOrEqual(8)
      }
    }
  })

  it("a .docx list through mammoth's tables", async () => {
    const docx = makeDocx([
      { text: 'Unterauftragsverarbeiter', style: 'Heading1' },
      {
        table: [
          ['Dienstleister', 'Beschreibung der Verarbeitung', 'Ort der Verarbeitung'],
          ['Amazon Web Services EMEA SARL', 'Hosting', 'Frankfurt, Dublin'],
          ['Atlassian Pty Ltd', 'Ticketsystem\nWiki', 'USA (Standardvertragsklauseln)'],
        ],
      },
    ])
    const r = await readSubprocessorList(new Uint8Array(docx), 'Subunternehmer.docx')
    expect(summary(r)).toEqual([
      ['Amazon Web Services EMEA SARL', 'Hosting', 'DE,IE', 'eu-eea'],
      ['Atlassian Pty Ltd', 'Ticketsystem; Wiki', 'US', 'scc'],
    ])
  })

  it('a PDF list (a table printed from a web page)', async () => {
    const pdf = await printToPdf(
      '<h1>Subprocessors</h1><table cellpadding="8"><tr><th>Vendor</th><th>Service</th><th>Location</th></tr><tr><td>Datadog, Inc.</td><td>Monitoring</td><td>United States</td></tr><tr><td>Hetzner Online GmbH</td><td>Hosting</td><td>Germany</td></tr></table>',
    )
    const r = await readSubprocessorList(pdf, 'subprocessors.pdf')
    expect(summary(r)).toEqual([
      ['Datadog, Inc.', 'Monitoring', 'US', 'other'],
      ['Hetzner Online GmbH', 'Hosting', 'DE', 'eu-eea'],
    ])
  }, 30_000)

  it('a PDF table whose cells wrap over several lines keeps one entry per row', async () => {
    const pdf =
      await printToPdf(`<style>td,th{padding:6px 10px;vertical-align:top;text-align:left;border-bottom:1px solid #ccc} table{border-collapse:collapse;width:100%;font:10pt sans-serif}</style>
      <h1>Liste der Unterauftragsverarbeiter</h1><table><tr><th>Unterauftragsverarbeiter</th><th>Leistung</th><th>Ort der Verarbeitung</th><th>Garantien</th></tr>
      <tr><td>Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxemburg</td><td>Hosting der Anwendung und der Datenbanken einschließlich täglicher Sicherungen in zwei Verfügbarkeitszonen</td><td>Frankfurt am Main, Deutschland</td><td>—</td></tr>
      <tr><td>Twilio Inc.</td><td>Versand von SMS</td><td>USA</td><td>EU-U.S. Data Privacy Framework</td></tr>
      <tr><td>Zendesk, Inc.</td><td>Kundensupport</td><td>USA, Irland</td><td>Standardvertragsklauseln</td></tr></table>`)
    const r = await readSubprocessorList(pdf, 'Unterauftragsverarbeiter.pdf')
    expect(summary(r)).toEqual([
      [
        'Amazon Web Services EMEA SARL',
        'Hosting der Anwendung und der Datenbanken einschließlich täglicher Sicherungen in zwei Verfügbarkeitszonen',
        'DE',
        'eu-eea',
      ],
      ['Twilio Inc.', 'Versand von SMS', 'US', 'dpf'],
      ['Zendesk, Inc.', 'Kundensupport', 'US,IE', 'scc'],
    ])
    expect(r.entries[0]!.address).toBe('38 Avenue John F. Kennedy, L-1855 Luxemburg')
  }, 30_000)
})

describe('subprocessor lists as PDF tables sized to their content', () => {
  it('cells less than an em apart are cells when their column lines up; a wrapped row is one entry', async () => {
    const pdf = await printToPdf(
      `<style>body{font-family:Arial,sans-serif;font-size:10pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}</style><h1>Liste der Unterauftragsverarbeiter</h1><p>Stand: 1. Februar 2026</p><table><tr><th>Dienstleister</th><th>Leistung</th><th>Ort der Verarbeitung</th><th>Garantien</th></tr><tr><td>Hetzner Online GmbH</td><td>Rechenzentrumsbetrieb</td><td>Deutschland (Nürnberg, Falkenstein)</td><td>—</td></tr><tr><td>Amazon Web Services EMEA SARL</td><td>Hosting der Telemetrie-Plattform</td><td>Deutschland (Frankfurt), Irland (Dublin)</td><td>—</td></tr><tr><td>Microsoft Ireland Operations Ltd.</td><td>E-Mail und Zusammenarbeit (Microsoft 365)</td><td>EU/EWR</td><td>EU Data Boundary</td></tr><tr><td>Zendesk, Inc.</td><td>Bearbeitung von Support-Anfragen der Kunden</td><td>USA</td><td>Standardvertragsklauseln</td></tr><tr><td>TeamViewer Germany GmbH</td><td>Fernwartung der Geräte</td><td>Deutschland</td><td>—</td></tr><tr><td>Mailgun Technologies, Inc.</td><td>Versand von Systembenachrichtigungen</td><td>USA, Deutschland</td><td>EU-US Data Privacy Framework</td></tr></table>`,
    )
    const r = await readSubprocessorList(pdf, 'Unterauftragsverarbeiter.pdf')
    expect(summary(r)).toEqual([
      ['Hetzner Online GmbH', 'Rechenzentrumsbetrieb', 'DE', 'eu-eea'],
      ['Amazon Web Services EMEA SARL', 'Hosting der Telemetrie-Plattform', 'DE,IE', 'eu-eea'],
      [
        'Microsoft Ireland Operations Ltd.',
        'E-Mail und Zusammenarbeit (Microsoft 365)',
        expect.any(String),
        expect.any(String),
      ],
      ['Zendesk, Inc.', 'Bearbeitung von Support-Anfragen der Kunden', 'US', 'scc'],
      ['TeamViewer Germany GmbH', 'Fernwartung der Geräte', 'DE', 'eu-eea'],
      ['Mailgun Technologies, Inc.', 'Versand von Systembenachrichtigungen', 'US,DE', 'dpf'],
    ])
  }, 30_000)
})

describe('trustcenter parse FILE --subprocessors', () => {
  const run = promisify(execFile)
  it('prints the entries as JSON on stdout and the report on stderr', async () => {
    const { stdout, stderr } = await run(
      'npm',
      [
        'run',
        '-s',
        'trustcenter',
        '--',
        'parse',
        join(dir, 'en-supplier-links.md'),
        '--subprocessors',
      ],
      { cwd: join(import.meta.dirname, '../..') },
    )
    const out = JSON.parse(stdout)
    expect(out.entries[0]).toEqual({
      name: 'Amazon Web Services, Inc.',
      legalEntity: 'Amazon Web Services, Inc.',
      address: null,
      purpose: 'Cloud hosting and storage',
      locations: ['DE', 'IE'],
      safeguard: 'eu-eea',
      url: 'https://aws.amazon.com',
      line: 7,
    })
    expect(stderr).toMatch(/en-supplier-links\.md:12: warning: Postmark .*no processing location/)
    expect(stderr).toMatch(/table; 5 subprocessors, 3 incomplete/)
  }, 60_000)

  it('parse FILE.pdf prints the TOM structure', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tc-pdf-'))
    const file = join(tmp, 'toms.pdf')
    writeFileSync(
      file,
      await printToPdf(
        '<h1>TOM</h1><h2>Zutrittskontrolle</h2><ul><li>Alarmanlage</li></ul><h2>Zugangskontrolle</h2><ul><li>Passwortrichtlinie</li></ul>',
      ),
    )
    const { stdout, stderr } = await run('npm', ['run', '-s', 'trustcenter', '--', 'parse', file], {
      cwd: join(import.meta.dirname, '../..'),
    })
    const out = JSON.parse(stdout)
    expect(out.document.sections.map((s: { category: string }) => s.category)).toEqual([
      'physical-access',
      'system-access',
    ])
    expect(stderr).toMatch(/toms\.pdf: pdf \(pdf\); 2 sections/)
  }, 60_000)
})

describe('subprocessor lists written by others', () => {
  const pick = (r: ReturnType<typeof parseSubprocessorList>) =>
    r.entries.map((e) => ({ name: e.name, locations: e.locations, safeguard: e.transferSafeguard }))

  it('a list title is no entry; location lines with words around the places or a safeguard in parentheses', () => {
    const r = parseSubprocessorList(
      [
        '# Weitere Auftragsverarbeiter',
        '',
        'Kaskade Cloud GmbH · Übersicht der eingesetzten Unterauftragsverarbeiter nach Art. 28 Abs. 2 DSGVO',
        '',
        '**STACKIT GmbH & Co. KG**',
        '*Betrieb der Server-Infrastruktur (IaaS)*',
        'Stiftsbergstraße 1, 74172 Neckarsulm',
        'Rechenzentren in Deutschland und Österreich',
        '',
        '**Slack Technologies Limited**',
        '*Interne Kommunikation*',
        'USA, Japan (Standardvertragsklauseln, Angemessenheitsbeschluss Japan)',
      ].join('\n'),
      'list.md',
    )
    expect(pick(r)).toEqual([
      { name: 'STACKIT GmbH & Co. KG', locations: ['DE', 'AT'], safeguard: 'eu-eea' },
      { name: 'Slack Technologies Limited', locations: ['US', 'JP'], safeguard: 'scc' },
    ])
  })

  it('a bullet whose name is followed by a long US address is an entry of its own; "SCCs" are SCC', () => {
    const r = parseSubprocessorList(
      [
        '- Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam – Zahlungsabwicklung – Niederlande',
        '- Mailchimp (The Rocket Science Group LLC), 675 Ponce de Leon Ave NE, Atlanta, GA 30308, USA – Newsletter – USA (SCCs)',
      ].join('\n'),
      'list.md',
    )
    expect(pick(r)).toEqual([
      { name: 'Mollie B.V.', locations: ['NL'], safeguard: 'eu-eea' },
      { name: 'Mailchimp (The Rocket Science Group LLC)', locations: ['US'], safeguard: 'scc' },
    ])
    expect(r.entries[1]!.purpose).toBe('Newsletter')
  })

  it('footnote marks are left out of cells', () => {
    const r = parseSubprocessorList(
      '<table><tr><th>Unterauftragsverarbeiter</th><th>Ort der Verarbeitung</th><th>Zweck</th></tr>' +
        '<tr><td>Intercom R&amp;D Unlimited Company</td><td>Irland / USA<sup>2</sup></td><td>Kundensupport-Chat¹</td></tr></table>',
      'list.html',
    )
    expect(r.entries.map((e) => [e.purpose, e.locations])).toEqual([
      ['Kundensupport-Chat', ['IE', 'US']],
    ])
  })
})
