import { describe, expect, it } from 'vitest'
import { categorize } from '../../cms/domain/parser/categorize'
import { parseTom } from '../../cms/domain/parser/index'
import type { CategoryKey } from '../../cms/domain/taxonomy'

/**
 * Headings as real TOM annexes write them — Art. 32 wording, the old § 9 BDSG annex ("Kontrollen"),
 * SCC Annex II (2021/914), ISO/IEC 27001 control names, and what companies make of them in German
 * and English — with the category a data protection officer would file them under.
 */
const HEADINGS: Array<[string, CategoryKey]> = [
  // § 9 BDSG annex (German) and its English translations
  ['Zutrittskontrolle', 'physical-access'],
  // Umlauts typed without a German keyboard.
  ['Verfuegbarkeitskontrolle', 'availability'],
  ['Ueberpruefung der Wirksamkeit', 'review'],
  ['Zugriffsbeschraenkung', 'data-access'],
  // ISO/IEC 27001:2022 Annex A, with and without its control numbers.
  ['A.7 Physical controls', 'physical-access'],
  ['A.7.2 Physical entry', 'physical-access'],
  ['A.8.5 Secure authentication', 'system-access'],
  ['A.8.3 Information access restriction', 'data-access'],
  ['Privileged access rights', 'data-access'],
  ['A.8.24 Use of cryptography', 'encryption'],
  ['A.8.13 Information backup', 'availability'],
  ['Networks security', 'transfer'],
  ['Monitoring activities', 'input'],
  ['A.5.1 Policies for information security', 'data-protection-management'],
  ['Information security awareness, education and training', 'data-protection-management'],
  ['Managing information security in the ICT supply chain', 'processor-control'],
  ['1.1 Zutrittskontrolle', 'physical-access'],
  ['Zutrittskontrolle (Art. 32 Abs. 1 lit. b DSGVO)', 'physical-access'],
  ['Physische Zugangskontrolle', 'physical-access'],
  ['Access control to premises and facilities', 'physical-access'],
  ['Physical access control', 'physical-access'],
  ['Physical Access Control', 'physical-access'],
  ['Entry control', 'physical-access'],
  ['Physical security', 'physical-access'],
  ['Physical and environmental security', 'physical-access'],
  ['Gebäudesicherheit', 'physical-access'],
  ['Objektschutz', 'physical-access'],
  ['Building security', 'physical-access'],
  ['Zugangskontrolle', 'system-access'],
  ['Zugangskontrolle (Systeme)', 'system-access'],
  ['System access control', 'system-access'],
  ['Access control to systems', 'system-access'],
  ['Access control to data processing systems', 'system-access'],
  ['Logical access control', 'system-access'],
  ['Virtual access control', 'system-access'],
  ['Admission control', 'system-access'],
  ['Benutzerkontrolle', 'system-access'],
  ['User control', 'system-access'],
  ['User access management', 'system-access'],
  ['Identification and authentication', 'system-access'],
  ['Authentifizierung', 'system-access'],
  ['Passwortrichtlinie', 'system-access'],
  ['Zugriffskontrolle', 'data-access'],
  ['Data access control', 'data-access'],
  ['Access control to data', 'data-access'],
  ['Authorization Control', 'data-access'],
  ['Authorisation control', 'data-access'],
  ['Berechtigungskonzept', 'data-access'],
  ['Berechtigungsmanagement', 'data-access'],
  ['Usage control', 'data-access'],
  ['Speicherkontrolle', 'data-access'],
  ['Storage control', 'data-access'],
  ['Datenträgerkontrolle', 'data-access'],
  ['Memory control', 'data-access'],
  ['Rollenkonzept', 'data-access'],
  ['Trennungskontrolle', 'separation'],
  ['Trennungsgebot', 'separation'],
  ['Separation control', 'separation'],
  ['Segregation control', 'separation'],
  ['Separability', 'separation'],
  ['Mandantentrennung', 'separation'],
  ['Multi-tenancy', 'separation'],
  ['Zweckbindung', 'separation'],
  ['Weitergabekontrolle', 'transfer'],
  ['Transfer control', 'transfer'],
  ['Disclosure control', 'transfer'],
  ['Transmission control', 'transfer'],
  ['Transportkontrolle', 'transfer'],
  ['Übermittlungskontrolle', 'transfer'],
  ['Communications security', 'transfer'],
  ['Kommunikationssicherheit', 'transfer'],
  ['Network security', 'transfer'],
  ['Netzwerksicherheit', 'transfer'],
  ['Eingabekontrolle', 'input'],
  ['Input control', 'input'],
  ['Nachvollziehbarkeit', 'input'],
  ['Protokollierung', 'input'],
  ['Logging and monitoring', 'input'],
  ['Audit trail', 'input'],
  ['Auftragskontrolle', 'processor-control'],
  ['Job control', 'processor-control'],
  ['Order control', 'processor-control'],
  ['Contract control', 'processor-control'],
  ['Control of instructions', 'processor-control'],
  ['Weisungskontrolle', 'processor-control'],
  ['Auftragskontrolle (Unterauftragsverarbeiter)', 'processor-control'],
  ['Subcontractors', 'processor-control'],
  ['Sub-processors', 'processor-control'],
  ['Supplier relationships', 'processor-control'],
  ['Lieferantenbeziehungen', 'processor-control'],
  ['Dienstleistersteuerung', 'processor-control'],
  ['Vendor management', 'processor-control'],
  ['Verfügbarkeitskontrolle', 'availability'],
  ['Availability control', 'availability'],
  ['Verfügbarkeit', 'availability'],
  ['Datensicherung', 'availability'],
  ['Backup', 'availability'],
  ['Backup-Konzept', 'availability'],
  // Art. 32 GDPR wording
  ['Pseudonymisierung', 'pseudonymisation'],
  ['Pseudonymisation', 'pseudonymisation'],
  ['Pseudonymization', 'pseudonymisation'],
  ['Anonymisierung', 'pseudonymisation'],
  ['Verschlüsselung', 'encryption'],
  ['Encryption', 'encryption'],
  ['Kryptografie', 'encryption'],
  ['Cryptography', 'encryption'],
  ['Verschlüsselungsverfahren', 'encryption'],
  ['Belastbarkeit', 'resilience'],
  ['Belastbarkeit der Systeme', 'resilience'],
  ['Resilience', 'resilience'],
  ['Resilienz', 'resilience'],
  ['Load capacity', 'resilience'],
  ['Lastverteilung', 'resilience'],
  ['Kapazitätsplanung', 'resilience'],
  ['Capacity management', 'resilience'],
  ['Rasche Wiederherstellbarkeit', 'recoverability'],
  ['Wiederherstellbarkeit', 'recoverability'],
  ['Wiederherstellung', 'recoverability'],
  ['Recoverability', 'recoverability'],
  ['Rapid recovery', 'recoverability'],
  ['Restore', 'recoverability'],
  ['Disaster recovery', 'recoverability'],
  ['Notfallmanagement', 'recoverability'],
  ['Notfallvorsorge', 'recoverability'],
  ['Business continuity', 'recoverability'],
  ['Information security aspects of business continuity management', 'recoverability'],
  ['Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung', 'review'],
  ['Regelmäßige Überprüfung', 'review'],
  ['Regular testing and evaluation', 'review'],
  ['Regular review', 'review'],
  ['Audits', 'review'],
  ['Penetrationstests', 'review'],
  ['Compliance', 'review'],
  ['Zertifizierungen', 'review'],
  ['Certifications', 'review'],
  ['Wirksamkeitskontrolle', 'review'],
  ['Datenschutz-Management', 'data-protection-management'],
  ['Datenschutzmanagement', 'data-protection-management'],
  ['Data protection management', 'data-protection-management'],
  ['Datenschutzorganisation', 'data-protection-management'],
  ['Information security policies', 'data-protection-management'],
  ['Informationssicherheitsmanagement', 'data-protection-management'],
  ['Organisation of information security', 'data-protection-management'],
  ['Awareness and training', 'data-protection-management'],
  ['Schulung und Sensibilisierung', 'data-protection-management'],
  ['Mitarbeiterschulungen', 'data-protection-management'],
  ['Human resource security', 'data-protection-management'],
  ['Personalsicherheit', 'data-protection-management'],
  ['Datenschutzbeauftragter', 'data-protection-management'],
  ['Verpflichtung auf das Datengeheimnis', 'data-protection-management'],
  ['Asset management', 'data-protection-management'],
  ['Incident-Response-Management', 'incident-response'],
  ['Incident Management', 'incident-response'],
  ['Information security incident management', 'incident-response'],
  ['Datenpannen-Reaktionsplan', 'incident-response'],
  ['Umgang mit Datenschutzverletzungen', 'incident-response'],
  ['Sicherheitsvorfälle', 'incident-response'],
  ['Data breach response', 'incident-response'],
  ['Meldeprozess für Datenpannen', 'incident-response'],
  ['Datenschutzfreundliche Voreinstellungen', 'privacy-by-default'],
  ['Privacy by design and by default', 'privacy-by-default'],
  ['Data protection by design and default', 'privacy-by-default'],
  ['Datenschutz durch Technikgestaltung', 'privacy-by-default'],
  ['Datenminimierung', 'privacy-by-default'],
  ['Löschkonzept', 'privacy-by-default'],
  ['Data retention', 'privacy-by-default'],
  // SCC Annex II headings (2021/914)
  ['Measures of pseudonymisation and encryption of personal data', 'pseudonymisation'],
  [
    'Measures for ensuring ongoing confidentiality, integrity, availability and resilience of processing systems and services',
    'confidentiality',
  ],
  [
    'Measures for ensuring the ability to restore the availability and access to personal data in a timely manner in the event of a physical or technical incident',
    'recoverability',
  ],
  [
    'Processes for regularly testing, assessing and evaluating the effectiveness of technical and organisational measures in order to ensure the security of the processing',
    'review',
  ],
  ['Measures for user identification and authorisation', 'system-access'],
  ['Measures for the protection of data during transmission', 'transfer'],
  ['Measures for the protection of data during storage', 'data-access'],
  [
    'Measures for ensuring physical security of locations at which personal data are processed',
    'physical-access',
  ],
  ['Measures for ensuring events logging', 'input'],
  [
    'Measures for ensuring system configuration, including default configuration',
    'privacy-by-default',
  ],
  [
    'Measures for internal IT and IT security governance and management',
    'data-protection-management',
  ],
  ['Measures for certification/assurance of processes and products', 'review'],
  ['Measures for ensuring data minimisation', 'privacy-by-default'],
  ['Measures for ensuring data quality', 'integrity'],
  ['Measures for ensuring limited data retention', 'privacy-by-default'],
  ['Measures for ensuring accountability', 'data-protection-management'],
  ['Measures for allowing data portability and ensuring erasure', 'data-protection-management'],
  [
    'Maßnahmen zur Pseudonymisierung und Verschlüsselung personenbezogener Daten',
    'pseudonymisation',
  ],
  ['Maßnahmen zur Identifizierung und Autorisierung der Nutzer', 'system-access'],
  ['Maßnahmen zum Schutz der Daten während der Übermittlung', 'transfer'],
  ['Maßnahmen zum Schutz der Daten während der Speicherung', 'data-access'],
  [
    'Maßnahmen zur Gewährleistung der physischen Sicherheit von Orten, an denen personenbezogene Daten verarbeitet werden',
    'physical-access',
  ],
  ['Maßnahmen zur Gewährleistung der Protokollierung von Ereignissen', 'input'],
  // Group headings
  ['Vertraulichkeit', 'confidentiality'],
  ['Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)', 'confidentiality'],
  ['Confidentiality', 'confidentiality'],
  ['Integrität', 'integrity'],
  ['Integrity', 'integrity'],
  ['Verfügbarkeit und Belastbarkeit', 'availability-resilience'],
  ['Availability and resilience', 'availability-resilience'],
  // Sentences naming the control
  [
    'Es wurden folgende Maßnahmen getroffen, um Unbefugte am Zutritt zu Datenverarbeitungsanlagen zu hindern (Zutrittskontrolle):',
    'physical-access',
  ],
  [
    'Maßnahmen, die verhindern, dass Datenverarbeitungssysteme von Unbefugten genutzt werden können (Zugangskontrolle):',
    'system-access',
  ],
  [
    'Maßnahmen, die gewährleisten, dass die Berechtigten ausschließlich auf die ihrer Zugriffsberechtigung unterliegenden Daten zugreifen können (Zugriffskontrolle)',
    'data-access',
  ],
  [
    'Measures to ensure that personal data cannot be read, copied, modified or removed without authorisation during transmission (transfer control):',
    'transfer',
  ],
  [
    'Measures that ensure that data collected for different purposes can be processed separately (separation control)',
    'separation',
  ],
  [
    'Maßnahmen, die sicherstellen, dass personenbezogene Daten gegen zufällige Zerstörung oder Verlust geschützt sind (Verfügbarkeitskontrolle):',
    'availability',
  ],
]

describe('categories of real-world headings', () => {
  it(`has at least 150 variants (${HEADINGS.length})`, () =>
    expect(HEADINGS.length).toBeGreaterThanOrEqual(150))

  it.each(HEADINGS)('%s → %s', (heading, key) => {
    expect(categorize(heading).keys[0]).toBe(key)
  })

  it('a heading that names no category is filed under "other" with a warning, never guessed', () => {
    const r = parseTom(
      '# TOM\n\n## Zutrittskontrolle\n\n- Alarmanlage\n\n## Kaffeeküche\n\n- Wasserkocher\n',
    )
    const controls = r.document.sections.map((s) => [s.heading, s.category])
    expect(controls).toEqual([
      ['Zutrittskontrolle', 'physical-access'],
      ['Kaffeeküche', 'other'],
    ])
    expect(r.warnings.map((w) => w.message)).toContain(
      'heading "Kaffeeküche" matches no Art. 32 category; filed under "other"',
    )
  })

  it('common measure words do not make a line a heading, but place a heading', () => {
    expect(categorize('Datensicherung', { strict: true }).keys).toEqual([])
    expect(categorize('Datensicherung').keys).toEqual(['availability'])
  })

  it('a document with measures under headings that name no category is read (as "other", with warnings), not refused', () => {
    const r = parseTom(
      '# Security at Example\n\nWe take security seriously.\n\n## Hosting\n\n- ISO 27001 certified data centres\n- Redundant power\n\n## Office\n\n- Badge access\n',
    )
    expect(r.document.title).toBe('Security at Example')
    expect(r.document.sections.map((s) => [s.heading, s.category])).toEqual([
      ['Hosting', 'other'],
      ['Office', 'other'],
    ])
    expect(r.report.counts.measures).toBe(3)
    expect(r.warnings).toHaveLength(2)
  })
})
