import { describe, expect, it } from 'vitest'
import { compoundParts, compoundTerms } from '../../cms/domain/compounds'

describe('German compound parts for the search index', () => {
  it('splits TOM compounds into the words customers search for', () => {
    expect(compoundParts('Zutrittskontrolle')).toEqual(
      expect.arrayContaining(['kontrolle', 'zutritt']),
    )
    expect(compoundParts('Festplattenverschlüsselung')).toEqual(
      expect.arrayContaining(['verschlüsselung', 'festplatten']),
    )
    expect(compoundParts('Datenträgervernichtung')).toEqual(
      expect.arrayContaining(['vernichtung', 'träger']),
    )
  })
  it('leaves simple words and a stem at the start alone', () => {
    expect(compoundParts('Verschlüsselung')).toEqual([])
    expect(compoundParts('Kontrolle')).toEqual([])
  })
  it('collects the parts of a text once', () => {
    const terms = compoundTerms('TLS-Verschlüsselung, Zutrittskontrolle und Zugangskontrolle')
    expect(terms.filter((t) => t === 'kontrolle')).toHaveLength(1)
    expect(terms).toEqual(expect.arrayContaining(['zugang', 'zutritt', 'kontrolle']))
  })
})
