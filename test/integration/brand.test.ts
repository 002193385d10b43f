import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ValidationError } from 'payload'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/** A company's brand colours on a real Payload: below WCAG AA in either scheme they are refused. */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

describe('brand colours of a company', () => {
  it('keeps an accent that reaches AA on the light and (derived) dark background', async () => {
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Blau GmbH', slug: 'blau', brand: { accent: '#0b5cab' } }),
    })
    expect((company as unknown as { brand: { accent: string } }).brand.accent).toBe('#0b5cab')
  })

  for (const [what, brand, message] of [
    ['a yellow too light for the light scheme', { accent: '#ffcc00' }, /on the light background/],
    [
      'a dark-scheme colour too dark for the dark background',
      { accent: '#0b5cab', accentDark: '#1a1a66' },
      /on the dark background/,
    ],
    ['a value that is no colour', { accent: 'blue' }, /#rrggbb/],
  ] as const) {
    it(`refuses ${what}, saying why`, async () => {
      const error = await t.payload
        .create({
          collection: 'companies',
          data: companyData({
            name: 'Gelb GmbH',
            slug: `gelb-${Math.random().toString(36).slice(2, 8)}`,
            brand,
          }),
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        )
      expect(error).toBeInstanceOf(ValidationError)
      const errors = (error as ValidationError).data.errors
      expect(errors.map((e) => e.path)).toContain(
        brand.accentDark && !/blue/.test(brand.accent) ? 'brand.accentDark' : 'brand.accent',
      )
      expect(errors.map((e) => e.message).join(' ')).toMatch(message)
    })
  }
})
