import countries from 'i18n-iso-countries'

/**
 * Field validators with messages an editor can act on. Each returns true or the message. A
 * custom validator replaces Payload's built-in one, so each also enforces `required` itself.
 */

type Options = { required?: boolean; siblingData?: Record<string, unknown> }
const empty = (value: unknown) =>
  value == null || value === '' || (Array.isArray(value) && value.length === 0)
const REQUIRED = 'This field is required.'

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

export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return 'Required: a slug such as "acme-gmbh".'
  if (value.length > 64) return 'A slug has at most 64 characters.'
  if (RESERVED_SLUGS.includes(value))
    return `"${value}" is a path of the site itself (${RESERVED_SLUGS.join(', ')}); choose another slug.`
  return SLUG.test(value)
    ? true
    : 'Use lower-case letters, digits and single hyphens only, e.g. "acme-gmbh".'
}

/** Version slugs additionally allow dots, e.g. "2026-06-01" or "v2.1". */
export function validateVersionSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return 'Required: a version such as "2026-06-01".'
  return /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(value)
    ? true
    : 'Use lower-case letters, digits, dots and hyphens, e.g. "2026-06-01".'
}

export function validateCountryCodes(value: unknown, options?: Options): true | string {
  if (empty(value))
    return options?.required ? 'Required: at least one country code such as "DE".' : true
  const codes = Array.isArray(value) ? value : [value]
  const bad = codes.filter(
    (c) => typeof c !== 'string' || !/^[A-Z]{2}$/.test(c) || !countries.isValid(c),
  )
  return bad.length === 0
    ? true
    : `Not an ISO 3166-1 alpha-2 country code: ${bad.map(String).join(', ')} (use e.g. "DE", "FR", "US").`
}

export function validateUrl(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? REQUIRED : true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http(s) address.'
  } catch {
    return 'Not a valid web address; include https://.'
  }
}

export function validateEmail(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? REQUIRED : true
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value)) ? true : 'Not a valid e-mail address.'
}

export function validateDate(value: unknown, options?: Options): true | string {
  if (empty(value)) return options?.required ? REQUIRED : true
  return Number.isNaN(new Date(String(value)).getTime()) ? 'Not a valid date.' : true
}

/** `value` must not lie before the sibling date `earlier` (e.g. ended after effective from). */
export function notBefore(earlierField: string, label: string) {
  return (value: unknown, options?: Options): true | string => {
    const basic = validateDate(value, options)
    if (basic !== true || empty(value)) return basic
    const earlier = options?.siblingData?.[earlierField]
    if (earlier == null || earlier === '') return true
    return new Date(String(value)) < new Date(String(earlier))
      ? `Must not be before ${label}.`
      : true
  }
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
  if (empty(value)) return options?.required ? REQUIRED : true
  if (typeof value !== 'string') return 'Must be text.'
  if (value.length > 200) return 'A name has at most 200 characters.'
  const hidden = HIDDEN.exec(value)
  if (hidden)
    return `Contains an invisible or control character (U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) at position ${hidden.index + 1}; remove it.`
  return true
}
