import countries from 'i18n-iso-countries'
import { isValidLei } from '@trust-center/core/lei'
import type { PayloadRequest } from 'payload'
import { type Locale, languageOf } from '../translations/language'
import { type ValidationMessage, validationMessage } from '../translations/validationMessages'

/**
 * Field validators with messages an editor can act on, in the admin's language. Each returns
 * true or the message. A custom validator replaces Payload's built-in one, so each also enforces
 * `required` itself.
 */

type Options = {
  required?: boolean
  siblingData?: Record<string, unknown>
  req?: Pick<PayloadRequest, 'i18n'>
}
const empty = (value: unknown) =>
  value == null || value === '' || (Array.isArray(value) && value.length === 0)
/** The message `key` in the language of the request being validated. */
const say = (options: Options | undefined, key: ValidationMessage, params = {}) =>
  validationMessage(key, languageOf(options?.req), params)

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** First path segments the site uses itself: a company slug may not shadow them. */
const RESERVED_SLUGS = [
  'en',
  'de',
  'compare',
  'search',
  'about',
  'subscription',
  'schemas',
  'pagefind',
  '_astro',
]

export function validateSlug(value: unknown, options?: Options): true | string {
  if (typeof value !== 'string' || value === '') return say(options, 'slugRequired')
  if (value.length > 64) return say(options, 'slugTooLong')
  if (RESERVED_SLUGS.includes(value))
    return say(options, 'slugReserved', { value, reserved: RESERVED_SLUGS.join(', ') })
  return SLUG.test(value) ? true : say(options, 'slugCharacters')
}

/** Version slugs additionally allow dots, e.g. "2026-06-01" or "v2.1". */
export function validateVersionSlug(value: unknown, options?: Options): true | string {
  if (typeof value !== 'string' || value === '') return say(options, 'versionRequired')
  return /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(value) ? true : say(options, 'versionCharacters')
}

export function validateCountryCodes(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? say(options, 'countryRequired') : true
  const codes = Array.isArray(value) ? value : [value]
  const bad = codes.filter(
    (c) => typeof c !== 'string' || !/^[A-Z]{2}$/.test(c) || !countries.isValid(c),
  )
  return bad.length === 0
    ? true
    : say(options, 'countryInvalid', { codes: bad.map(String).join(', ') })
}

export function validateUrl(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? say(options, 'required') : true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : say(options, 'urlScheme')
  } catch {
    return say(options, 'urlInvalid')
  }
}

export function validateEmail(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? say(options, 'required') : true
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value)) ? true : say(options, 'emailInvalid')
}

export function validateDate(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? say(options, 'required') : true
  return Number.isNaN(new Date(String(value)).getTime()) ? say(options, 'dateInvalid') : true
}

/** `value` must not lie before the sibling date `earlier` (e.g. ended after effective from). */
export function notBefore(earlierField: string, label: Record<Locale, string>) {
  return (value: unknown, options?: Options): true | string => {
    const basic = validateDate(value, options)
    if (basic !== true || empty(value)) return basic
    const earlier = options?.siblingData?.[earlierField]
    if (earlier == null || earlier === '') return true
    return new Date(String(value)) < new Date(String(earlier))
      ? say(options, 'notBefore', { label: label[languageOf(options?.req)] })
      : true
  }
}

/** A Legal Entity Identifier (ISO 17442) with valid check digits, or nothing. */
export function validateLei(value: unknown, options?: Options): true | string {
  if (empty(value)) return true
  return isValidLei(String(value)) ? true : say(options, 'leiInvalid')
}

/**
 * Characters a name must not hide: C0/C1 controls, bidirectional embeddings, overrides and isolates
 * (they make "moc.evil" read as "live.com"), and zero-width characters that make two names look
 * alike or split a word a reader sees whole.
 */
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u

/** A single-line name shown on the public site, in feeds and e-mails. */
export function validateName(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? say(options, 'required') : true
  if (typeof value !== 'string') return say(options, 'notText')
  if (value.length > 200) return say(options, 'nameTooLong')
  const hidden = HIDDEN.exec(value)
  if (hidden)
    return say(options, 'nameHidden', {
      code: `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      position: hidden.index + 1,
    })
  return true
}
