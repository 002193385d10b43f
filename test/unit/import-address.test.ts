import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../cms/domain/import/index'

const dir = join(import.meta.dirname, '../fixtures/import')
const allMeasures = (r: Awaited<ReturnType<typeof importDocument>>) =>
  r.result.document.sections.flatMap((s) =>
    s.controls.flatMap((c) =>
      [...c.measures, ...c.groups.flatMap((g) => g.measures)].map((m) => m.text),
    ),
  )
const allControls = (r: Awaited<ReturnType<typeof importDocument>>) =>
  r.result.document.sections.flatMap((s) => s.controls.map((c) => c.heading))

describe('importer: address blocks are metadata', () => {
  it('HTML paragraphs of the controller and the DPO: no controls, no measures, no subprocessor', async () => {
    const r = await importDocument(readFileSync(join(dir, 'dpo-address.html')), 'dpo-address.html')
    expect(allControls(r)).toEqual([
      'Zutrittskontrolle',
      'Zugangskontrolle',
      'Datenschutzbeauftragter',
      'Auftragskontrolle',
    ])
    expect(allMeasures(r)).toEqual([
      'Alarmanlage',
      'Videoüberwachung',
      'Passwortrichtlinie',
      'Verträge nach Art. 28 DSGVO mit allen Unterauftragsverarbeitern, z. B. Hetzner Online GmbH',
    ])
    expect(r.suggestions.subprocessors.map((s) => s.name)).toEqual(['Hetzner Online GmbH'])
    expect(r.suggestions.contacts.map((c) => [c.role, c.lines[0]])).toEqual([
      ['controller', 'Muster Software GmbH'],
      ['dpo', 'Herr Dr. Klaus Beispiel'],
    ])
    expect(r.suggestions.emails.find((e) => e.address.startsWith('dsb@'))?.role).toBe('dpo')
    expect(r.result.report.lines.metadata).toBeGreaterThanOrEqual(10)
  })

  it('plain text: an address paragraph under a control is not a list of measures', async () => {
    const text = [
      'Technische und organisatorische Maßnahmen',
      '',
      '1. Vertraulichkeit',
      '',
      '1.1 Zutrittskontrolle',
      '',
      'Alarmanlage',
      'Videoüberwachung',
      'Schlüsselregelung',
      '',
      '1.2 Datenschutzbeauftragter',
      '',
      'Frau Anna Schmidt',
      'Datenschutzkanzlei Schmidt & Partner mbB',
      'Königsallee 8',
      '40212 Düsseldorf',
      'datenschutz@schmidt-partner.example',
      '',
      '2. Integrität',
      '',
      '2.1 Eingabekontrolle',
      '',
      '- Protokollierung',
      '',
    ].join('\n')
    const r = await importDocument(new TextEncoder().encode(text), 'toms.txt')
    expect(allMeasures(r)).toEqual([
      'Alarmanlage',
      'Videoüberwachung',
      'Schlüsselregelung',
      'Protokollierung',
    ])
    expect(r.result.document.sections[0]!.controls[1]!.text).toContain('Königsallee 8')
    expect(r.suggestions.subprocessors).toEqual([])
    expect(r.suggestions.contacts[0]!.role).toBe('dpo')
  })

  it('English: processor and DPO addresses in the preamble stay out of the structure', async () => {
    const text = [
      '# Technical and Organisational Measures',
      '',
      '**Processor:**',
      'Example Analytics Ltd.',
      '10 Downing Street',
      'London SW1A 2AA',
      'United Kingdom',
      '',
      '**Data Protection Officer:** dpo@example-analytics.example',
      '',
      '## Physical access control',
      '',
      '- Badge access',
      '',
    ].join('\n')
    const r = await importDocument(new TextEncoder().encode(text), 'toms.md')
    expect(allControls(r)).toEqual(['Physical access control'])
    expect(r.result.document.preamble).toContain('10 Downing Street')
    expect(r.suggestions.contacts.map((c) => c.role)).toEqual(['processor'])
  })
})
