import { getCategory } from '../taxonomy'
import type { Block } from './blocks'
import { categorize, isSentenceHeading } from './categorize'
import {
  type HeadingParts,
  isCapitalsHeading,
  isLabelledControl,
  looksLikeHeadingText,
  splitHeading,
} from './headings'

export type Level = 'section' | 'control' | 'group'

export interface Structure {
  /** The structural role of each block that is a heading; null for everything else. */
  levels: (Level | null)[]
  /** Index of the first section heading; -1 when the document has no recognisable structure. */
  firstSection: number
}

const textOf = (b: Block) =>
  b.kind === 'paragraph' || b.kind === 'markdown-heading' || b.kind === 'bullet'
    ? b.text.replace(/:$/, '')
    : ''
const names = (text: string) => categorize(text, { strict: true }).keys.length > 0

/** A lettered item ("a) Zutrittskontrolle") that names a category heads a control. */
function isLetteredHeading(b: Block): boolean {
  return (
    b.kind === 'bullet' &&
    b.marker === 'letter' &&
    b.depth === 0 &&
    looksLikeHeadingText(b.text) &&
    b.text.split(/\s+/).length <= 12 &&
    names(b.text)
  )
}

function numberedCandidate(block: Block): HeadingParts | null {
  if (block.kind === 'paragraph' && block.address) return null
  if (block.kind === 'markdown-heading') return splitHeading(block.text)
  if (block.kind !== 'paragraph' || block.lines > 1) return null
  const parts = splitHeading(block.text)
  return parts.numbering.kind !== 'none' && looksLikeHeadingText(parts.title) ? parts : null
}

/**
 * Numbered documents: with roman numerals (or capital letters) present, "I." is a section, "1." a
 * control and "2.1" a scope group; otherwise "1." is a section, "1.1" a control and "1.1.1" a
 * group. Markdown heading levels are ignored on purpose: real documents mix them ("## 2.2" under
 * "### 2.").
 */
function numberedLevels(blocks: Block[]): Structure {
  const candidates = blocks.map(numberedCandidate)
  const hasRoman = candidates.some((c) => c?.numbering.kind === 'roman')
  const levels = candidates.map((parts, i): Level | null => {
    if (!parts) return isLetteredHeading(blocks[i]!) ? 'control' : null
    const n = parts.numbering
    if (n.kind === 'roman') return 'section'
    if (n.kind === 'none') return null
    const depth = n.depth + (hasRoman ? 1 : 0)
    return depth === 1 ? 'section' : depth === 2 ? 'control' : 'group'
  })
  return { levels, firstSection: levels.findIndex((l) => l === 'section') }
}

/** How prominent an unnumbered heading is: Markdown levels 1–6, then lines that read as headings. */
function rankOf(block: Block): number | null {
  if (block.kind === 'paragraph' && block.address) return null
  if (block.kind === 'markdown-heading') return block.level
  if (
    block.kind === 'paragraph' &&
    (isLabelledControl(block.text) || isSentenceHeading(block.text))
  )
    return 7
  if (block.kind === 'paragraph' && block.lines === 1 && looksLikeHeadingText(block.text)) {
    if (isCapitalsHeading(block.text)) return 7
    // Annex II headings are whole sentences ("Measures for ensuring … services"), up to ~30 words.
    if (names(block.text) && block.text.split(/\s+/).length <= 40) return 7
  }
  if (isLetteredHeading(block)) return 8
  return null
}

/**
 * A line that reads as a heading by its words alone ("Transportverschlüsselung (TLS 1.3),
 * Verschlüsselte Backups"), right under a Markdown heading and with nothing under it before the
 * next heading of that rank, is that heading's content, not a heading of its own.
 */
function withoutContentLines(blocks: Block[], ranks: (number | null)[]): (number | null)[] {
  return ranks.map((rank, i) => {
    const above = blocks[i - 1]
    if (rank === null || blocks[i]!.kind !== 'paragraph' || above?.kind !== 'markdown-heading')
      return rank
    const aboveRank = ranks[i - 1]
    const nextRank = i + 1 < blocks.length ? ranks[i + 1] : 0
    return aboveRank != null && nextRank != null && nextRank <= aboveRank ? null : rank
  })
}

/**
 * Unnumbered documents (English "Annex II" style, Markdown with plain headings, bold or capital
 * lines): the structure starts at the first heading that names a category; the most prominent
 * rank there makes sections, the next one controls, deeper ones scope groups. When all headings
 * share one rank, the group headings ("Vertraulichkeit") are sections and the rest controls.
 */
function rankedLevels(blocks: Block[]): Structure {
  const ranks = withoutContentLines(blocks, blocks.map(rankOf))
  let start = blocks.findIndex((b, i) => ranks[i] !== null && names(textOf(b)))
  if (start < 0) {
    // No heading names an Art. 32 category, yet the document has headings with lists under them
    // ("Hosting", "Office"): read it by its headings (filed under "other", with warnings) rather
    // than refuse it. A single most prominent heading at the top is the title.
    const headed = blocks
      .map((b, i) => (b.kind === 'markdown-heading' && ranks[i] !== null ? i : -1))
      .filter((i) => i >= 0)
    const hasItems = blocks.some((b) => b.kind === 'bullet' || b.kind === 'row')
    if (hasItems && headed.length > 0) {
      const top = Math.min(...headed.map((i) => ranks[i]!))
      const titleOnly = headed.filter((i) => ranks[i] === top).length === 1 && headed.length > 1
      start = titleOnly ? headed[1]! : headed[0]!
    }
  }
  const levels: (Level | null)[] = blocks.map(() => null)
  if (start < 0) return { levels, firstSection: -1 }
  // A heading more prominent than the first category heading that names no category itself
  // ("## Contact" after list-item headings) is no level above them: it ranks with them.
  const startRank = ranks[start]!
  const structural = ranks.map((r, i) =>
    i < start || r === null ? null : r < startRank && !names(textOf(blocks[i]!)) ? startRank : r,
  )
  const distinct = [...new Set(structural.filter((r): r is number => r !== null))].sort(
    (a, b) => a - b,
  )
  structural.forEach((r, i) => {
    if (r === null) return
    const position = distinct.indexOf(r)
    levels[i] = position === 0 ? 'section' : position === 1 ? 'control' : 'group'
  })
  if (distinct.length === 1) {
    const isGroup = (i: number) => {
      const keys = categorize(splitHeading(textOf(blocks[i]!)).title).keys
      return keys.length > 0 && getCategory(keys[0]!).kind === 'group'
    }
    if (isGroup(start))
      levels.forEach((l, i) => l && (levels[i] = isGroup(i) ? 'section' : 'control'))
  }
  return { levels, firstSection: start }
}

export function findStructure(blocks: Block[]): Structure {
  const numbered = numberedLevels(blocks)
  return numbered.firstSection >= 0 ? numbered : rankedLevels(blocks)
}
