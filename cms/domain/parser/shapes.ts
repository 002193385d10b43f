import type { Block } from './blocks'
import type { HeadingParts } from './headings'

/** Shapes of content lines the parser tells apart: checklist answers, column headings, lists. */

export const YES_ANSWER = /^(?:ja|yes|x|✓|✔|☒|☑|umgesetzt|implemented|vorhanden)$/i
export const NO_ANSWER = /^(?:nein|no|✗|✘|☐|nicht umgesetzt|not implemented|nicht vorhanden)$/i

/** Column headings of the common two-column template: technical and organisational measures side by side. */
export const MEASURE_KIND_COLUMN =
  /^(?:technische|organisatorische|technical|organi[sz]ational)(?: maßnahmen| measures)?$/i

/** "Maßnahmen umfassen:", "The following measures are taken:" introduce a list; they do not name a scope. */
export const INTRODUCTION =
  /umfass|werden|sind|folgend|insbesondere|gehören|zählen|include|following|\bare\b|such as|taken|implemented/i

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/

const DANGLING =
  /(?:^|\s)(?:der|die|das|des|dem|den|und|oder|zur|zum|von|mit|für|bei|im|in|an|auf|the|of|and|or|to|a|an|for|with|by|on)$|[-,(]$/i

/**
 * Lines of one block that are items, not a wrapped sentence: text pasted from PDF loses its
 * bullets ("Alarmanlage\nVideoüberwachung\nSchlüsselregelung"). Every line must be short, start
 * with a capital and not end mid-phrase.
 */
export function asLineList(text: string): string[] | null {
  const lines = text.split('\n').map((l) => l.trim())
  if (lines.length < 3) return null
  const itemLike = (l: string) =>
    l.length <= 60 && /^[\p{Lu}\d„"]/u.test(l) && !DANGLING.test(l) && !/[.:]$/.test(l)
  return lines.every(itemLike) ? lines : null
}

/** A lettered heading ("a) Zutrittskontrolle") keeps its letter as the number. */
export function withLabel(parts: HeadingParts, block: Block): HeadingParts {
  return block.kind === 'bullet' && block.label && parts.numbering.kind === 'none'
    ? { ...parts, numbering: { kind: 'decimal', value: block.label, depth: 2 } }
    : parts
}

export function numberAndBasis(parts: HeadingParts): { number?: string; legalBasis?: string } {
  const n = parts.numbering
  return {
    ...(n.kind !== 'none' ? { number: n.value } : {}),
    ...(parts.legalBasis ? { legalBasis: parts.legalBasis } : {}),
  }
}
