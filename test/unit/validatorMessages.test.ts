import { describe, expect, it } from 'vitest'
import {
  notBefore,
  validateCountryCodes,
  validateDate,
  validateLei,
  validateName,
  validateSlug,
  validateVersionSlug,
} from '../../cms/plugin/fields/validators'
import { VALIDATION_MESSAGES } from '../../cms/plugin/translations/validationMessages'

// a request as far as the validators read it: its language
const inGerman = { req: { i18n: { language: 'de' } } } as never
const inEnglish = { req: { i18n: { language: 'en' } } }

describe('field validators speak the admin user’s language', () => {
  it('says each rule in German to a German user, in English otherwise', () => {
    expect(validateName('', { ...(inGerman as object), required: true })).toBe(
      'Dieses Feld ist erforderlich.',
    )
    expect(validateName('', { ...(inEnglish as object), required: true })).toBe(
      'This field is required.',
    )
    expect(validateSlug('Acme GmbH', inGerman)).toMatch(/^Nur Kleinbuchstaben/)
    expect(validateSlug('search', inGerman)).toMatch(/^„search“ ist ein Pfad der Website/)
    expect(validateVersionSlug('', inGerman)).toBe('Erforderlich, z. B. „2026-06-01“.')
    expect(validateCountryCodes(['XX'], inGerman)).toMatch(/Kein Ländercode .*: XX/)
    expect(validateDate('kein Datum', inGerman)).toBe('Kein gültiges Datum.')
    expect(validateName('a\u202eb', inGerman)).toMatch(/\(U\+202E\) an Position 2/)
    const ended = notBefore('effectiveFrom', { en: '"effective from"', de: '„Gültig ab“' })
    expect(
      ended('2026-01-01', {
        ...(inGerman as object),
        siblingData: { effectiveFrom: '2026-02-01' },
      }),
    ).toBe('Darf nicht vor „Gültig ab“ liegen.')
    expect(validateLei('506700GE1G29325QX364', inGerman)).toMatch(/^Keine gültige LEI/)
    expect(validateLei('506700GE1G29325QX363', inGerman)).toBe(true)
    // without a request (seeding, scripts): English
    expect(validateDate('no date')).toBe('Not a valid date.')
  })

  it('has every message in both languages, each with the same placeholders', () => {
    for (const [key, { en, de }] of Object.entries(VALIDATION_MESSAGES)) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(de, key).not.toBe(en)
      expect(names(de), key).toEqual(names(en))
    }
  })
})
