import { describe, expect, it } from 'vitest'
import { isValidLei, leiCheckDigits } from '../../cms/domain/lei'

describe('LEI (ISO 17442, ISO 7064 MOD 97-10)', () => {
  it('accepts real LEIs', () => {
    // GLEIF's own, Deutsche Bank AG, Apple Inc.
    for (const lei of ['506700GE1G29325QX363', '7LTWFZYICNSX8D621K86', 'HWUPKR0MPOU8FGXBT394'])
      expect(isValidLei(lei), lei).toBe(true)
  })

  it('refuses a changed character, swapped digits, wrong length and lower case', () => {
    for (const lei of [
      '506700GE1G29325QX364',
      '7LTWFZYICNSX8D621K68',
      '506700GE1G29325QX36',
      'hwupkr0mpou8fgxbt394',
      '506700GE1G29325QX3A3',
    ])
      expect(isValidLei(lei), lei).toBe(false)
  })

  it('computes check digits that validate', () => {
    expect(leiCheckDigits('506700GE1G29325QX3')).toBe('63')
    const base = 'TRUSTCENTERTEST000'
    expect(isValidLei(`${base}${leiCheckDigits(base)}`)).toBe(true)
  })
})
