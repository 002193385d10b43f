import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverage, missingCategories } from '../../cms/domain/coverage'
import { parseTom } from '../../cms/domain/parser'

const seed = (file: string) => parseTom(readFileSync(path.join(import.meta.dirname, '../../content/seeds', file), 'utf8')).document.sections

describe('Art. 32 coverage', () => {
  it('counts measures per category, a two-category control for both', () => {
    const mailjet = coverage(seed('001_9cbea00c7f08fde5.txt'))
    expect(mailjet.get('physical-access')).toBe(12)
    expect(mailjet.get('system-access')).toBe(9)
    expect(mailjet.get('data-access')).toBe(9) // "Logische Zugangs- und Datenzugriffskontrolle"
  })

  it('lists the categories a TOM names no measure for', () => {
    expect(missingCategories(seed('001_9cbea00c7f08fde5.txt'))).toEqual(['encryption', 'resilience', 'data-protection-management', 'incident-response', 'privacy-by-default'])
  })
})
