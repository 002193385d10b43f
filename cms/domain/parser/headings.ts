import { categorize } from './categorize'

/** Reads a heading's numbering ("I.", "1.", "1.2.", none) and legal basis ("(Art. 32 Abs. 1 lit. b DSGVO)"). */

export type Numbering =
  | { kind: 'roman'; value: string }
  | { kind: 'decimal'; value: string; depth: number }
  | { kind: 'none' }

export interface HeadingParts {
  numbering: Numbering
  /** The heading without numbering and legal basis. */
  title: string
  legalBasis?: string
}

/** Section numbering: roman numerals, or capital letters ("A. Vertraulichkeit"). */
const ROMAN = /^([IVX]{1,5}|[A-H])\.\s+(.+)$/
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(.+)$/
/** "1.a." or "2b)": a control under section 1 or 2. */
const DECIMAL_LETTER = /^(\d{1,2})\.?([a-z])[.)]\s+(.+)$/
/** "(Art. 32 Abs. 1 lit. b DSGVO)", "(Art. 32(1)(b) GDPR)": one level of nested parentheses. */
const LEGAL_BASIS = /\s*\(((?:art\.?|§|artikel|article)\s*\d(?:[^()]|\([^()]*\))*)\)/gi

/** ISO/IEC 27001 Annex A control numbers ("A.7", "A.8.24"): a reference, not the document's numbering. */
const ANNEX_A = /^A\.\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?=\S)/

export function splitHeading(text: string): HeadingParts {
  let numbering: Numbering = { kind: 'none' }
  let rest = text.trim().replace(ANNEX_A, '')
  const roman = ROMAN.exec(rest)
  const lettered = roman ? null : DECIMAL_LETTER.exec(rest)
  const decimal = roman || lettered ? null : DECIMAL.exec(rest)
  if (lettered) {
    numbering = { kind: 'decimal', value: `${lettered[1]}.${lettered[2]}`, depth: 2 }
    rest = lettered[3]!
  } else if (roman) {
    numbering = { kind: 'roman', value: roman[1]! }
    rest = roman[2]!
  } else if (decimal) {
    numbering = { kind: 'decimal', value: decimal[1]!, depth: decimal[1]!.split('.').length }
    rest = decimal[2]!
  }
  const bases: string[] = []
  const title = rest
    .replace(LEGAL_BASIS, (_, basis: string) => {
      bases.push(basis.trim())
      return ''
    })
    .replace(/\s+/g, ' ')
    .trim()
  return {
    numbering,
    title: title || rest,
    ...(bases.length ? { legalBasis: bases.join('; ') } : {}),
  }
}

/** Sentences end in punctuation; headings do not. */
export function looksLikeHeadingText(title: string): boolean {
  return (
    title.length > 0 && title.length <= 200 && /^[\p{L}„"]/u.test(title) && !/[.;,:!?]$/.test(title)
  )
}

/** A short line without sentence punctuation, e.g. "Zutrittskontrolle" or "Snapshot-Technologie". */
export function looksLikeUnnumberedHeading(text: string): boolean {
  return (
    !text.includes('\n') &&
    looksLikeHeadingText(text) &&
    text.split(/\s+/).length <= 6 &&
    /^\p{Lu}/u.test(text)
  )
}

/** "Zutrittskontrolle:" — a control named as a label; the colon is not part of the name. */
export function isLabelledControl(text: string): boolean {
  const name = text.replace(/:$/, '')
  return (
    text.endsWith(':') &&
    looksLikeUnnumberedHeading(name) &&
    categorize(name, { strict: true }).keys.length > 0
  )
}

/** "PHYSICAL ACCESS CONTROL", "ZUTRITTSKONTROLLE": headings typed in capitals. */
export function isCapitalsHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return (
    !text.includes('\n') &&
    letters.length >= 4 &&
    letters === letters.toUpperCase() &&
    text.split(/\s+/).length <= 10 &&
    !/[.;,!?]$/.test(text)
  )
}

const SCOPE_LABEL = /^(?:in|im|am|an|auf|bei|für|innerhalb|at|on|for|within)\s.{1,60}:$/i

/** "In Datenzentren:" — a line that labels the scope of the bullets below it. */
export function isScopeLabel(text: string): boolean {
  return !text.includes('\n') && SCOPE_LABEL.test(text) && text.split(/\s+/).length <= 6
}
