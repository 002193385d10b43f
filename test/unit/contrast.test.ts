import { describe, expect, it } from 'vitest'
import {
  brandColourProblem,
  contrastRatio,
  derivedDarkAccent,
  schemeContrast,
} from '../../cms/domain/contrast'

describe('brand colour contrast (WCAG AA)', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
  it('accepts a dark accent and derives a light one for the dark scheme that passes', () => {
    expect(brandColourProblem('#0b5cab')).toBeUndefined()
    expect(schemeContrast(derivedDarkAccent('#0b5cab'), 'dark')).toBeGreaterThanOrEqual(4.5)
  })
  it('refuses a colour too light for the light scheme, with the ratio', () => {
    expect(brandColourProblem('#ffcc00')).toMatch(/contrast of 1\.\d\d:1 on the light background/)
  })
  it('refuses a dark-scheme colour too dark for the dark background', () => {
    expect(brandColourProblem('#0b5cab', '#0b5cab')).toMatch(/on the dark background/)
  })
  it('refuses what is not #rrggbb', () => {
    expect(brandColourProblem('blue')).toMatch(/#rrggbb/)
  })
})
