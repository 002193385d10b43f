import { describe, expect, it } from 'vitest'
import { validateName } from '../../cms/plugin/fields/validators'

describe('validateName', () => {
  it('accepts real names, with accents, ampersands and punctuation', () => {
    for (const name of [
      'Müller & Söhne GmbH',
      'ACME, Inc.',
      'Łódź Data sp. z o.o.',
      '株式会社サンプル',
      'O’Brien Ltd',
    ])
      expect(validateName(name)).toBe(true)
  })
  it('refuses bidi overrides, isolates, zero-width and control characters, saying where', () => {
    const cases = [
      'evil\u202Emoc.com',
      'a\u2066b\u2069',
      'Acme\u200BGmbH',
      'Ac\u200Dme',
      '\uFEFFAcme',
      'Acme\u0000',
      'Acme\nInc',
      'Acme\u0085',
      'x\u061Cy',
    ]
    for (const name of cases)
      expect(validateName(name), JSON.stringify(name)).toMatch(
        /invisible or control character \(U\+[0-9A-F]{4}\) at position \d+/,
      )
  })
  it('enforces required itself', () => {
    expect(validateName('', { required: true })).not.toBe(true)
    expect(validateName(undefined)).toBe(true)
  })
})
