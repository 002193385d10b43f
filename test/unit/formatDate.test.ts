import { describe, expect, it } from 'vitest'
import { formatDate } from '../../site/lib/i18n'

describe('formatDate', () => {
  it('formats the UTC day in each language, the same day once however often it is asked', () => {
    expect(formatDate('2026-03-01', 'de')).toBe('1. März 2026')
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026')
    expect(formatDate('2026-03-01T23:59:59.999Z', 'de')).toBe('1. März 2026')
    expect(formatDate('2026-03-02T00:00:00.000Z', 'de')).toBe('2. März 2026')
    expect(formatDate('1969-12-31', 'en')).toBe('31 December 1969') // before 1970: a negative day
    expect(formatDate('2026-03-01', 'de')).toBe('1. März 2026') // from the memo, not the English one
  })

  it('is empty without a date and throws on an invalid one', () => {
    expect(formatDate(undefined)).toBe('')
    expect(() => formatDate('not a date')).toThrow(RangeError)
  })
})
