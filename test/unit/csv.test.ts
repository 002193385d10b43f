import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../../cms/domain/csv'

describe('toCsv', () => {
  it('quotes every field, doubles quotes, keeps line breaks, and reads back', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x "y"', 'line\nbreak'],
        [null, 3],
      ],
    )
    expect(csv).toBe('"a","b"\r\n"x ""y""","line\nbreak"\r\n"","3"\r\n')
    expect(parse(csv)).toEqual([
      ['a', 'b'],
      ['x "y"', 'line\nbreak'],
      ['', '3'],
    ])
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(
      parse(toCsv(['v'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)'], ['a=b']])),
    ).toEqual([['v'], ['\'=HYPERLINK("http://evil")'], ["'+1"], ["'-2"], ["'@SUM(A1)"], ['a=b']])
  })
})
