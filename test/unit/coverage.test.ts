import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverage, missingCategories } from '../../cms/domain/coverage'
import { parseTom } from '../../cms/domain/parser'

const seed = (file: string) =>
  parseTom(readFileSync(path.join(import.meta.dirname, '../../content/seeds', file), 'utf8'))
    .document.sections

describe('Art. 32 coverage', () => {
  it('counts measures per category, a two-category control for both', () => {
    const mailjet = coverage(seed('001_9cbea00c7f08fde5.txt'))
    expect(mailjet.get('physical-access')).toBe(12)
    expect(mailjet.get('system-access')).toBe(9)
    expect(mailjet.get('data-access')).toBe(9) // "Logische Zugangs- und Datenzugriffskontrolle"
  })

  it('lists the categories a TOM names no measure for', () => {
    expect(missingCategories(seed('001_9cbea00c7f08fde5.txt'))).toEqual([
      'encryption',
      'resilience',
      'data-protection-management',
      'incident-response',
      'privacy-by-default',
    ])
  })

  it('never claims "no measures" for a category the document describes in words only', () => {
    const sections = parseTom(
      '# TOM\n\n## Verschlüsselung\n\nAlle Daten werden mit AES-256 verschlüsselt gespeichert.\n\n## Zugangskontrolle\n\n- Passwortrichtlinie\n',
    ).document.sections
    expect(missingCategories(sections)).not.toContain('encryption')
    // Published versions from before prose became measures: a control with text and no list.
    const legacy = [
      {
        heading: 'Sicherheit',
        category: 'confidentiality' as const,
        controls: [
          {
            heading: 'Zugriffskontrolle',
            category: 'data-access' as const,
            text: 'Rechte nach dem Need-to-know-Prinzip.',
            measures: [],
            groups: [],
          },
        ],
      },
    ]
    expect(missingCategories(legacy)).not.toContain('data-access')
    expect(missingCategories(legacy)).toContain('encryption')
  })
})
