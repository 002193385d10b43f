import type { ParseResult } from '../tom-schema'
import { parseResultSchema } from '../tom-schema'
import { toBlocks } from './blocks'
import { join } from './drafts'
import { ParseError } from './errors'
import { controlsFromGroups, finishSection, proseAsMeasures } from './finish'
import { buildReport } from './report'
import { findStructure } from './structure'
import { expandControlTables } from './tables'
import { TomParser } from './tomParser'
import { note } from '../import/notes'

export interface ParseOptions {
  /** The title the file states elsewhere (front matter): the text's first line is then no title. */
  title?: string
  /** Also return the source line of every section, control and measure (for the import preview). */
  positions?: boolean
}

/** Source lines of the document's parts, index for index. */
export interface Positions {
  sections: {
    line: number
    controls: { line: number; measures: number[]; groups: { measures: number[] }[] }[]
  }[]
}

/**
 * Parses the text of a TOM document into the structure of a TOM version (docs/architecture.md,
 * "Domain model and rules"). Every heading, paragraph, bullet and table row lands in the result
 * exactly once, in order; lines that carry no content (separators, page numbers, footers) are
 * listed in `skipped`, lines that cannot be placed (an unticked checkbox) in `unparsed`, and
 * `report` accounts for every non-blank line. Throws ParseError (with a line number) for input
 * that is not a TOM document.
 *
 * Three passes: lines → blocks (blocks.ts, tables.ts), blocks → drafts (TomParser, with the
 * structure from structure.ts), drafts → the document (finish.ts).
 */
export function parseTom(
  source: string,
  options: ParseOptions & { positions: true },
): ParseResult & { positions: Positions }
export function parseTom(source: string, options?: ParseOptions): ParseResult
export function parseTom(
  source: string,
  options: ParseOptions = {},
): ParseResult & { positions?: Positions } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') throw new ParseError(1, note('empty'))
  const nul = text.indexOf('\u0000')
  if (nul >= 0) throw new ParseError(lineAt(text, nul), note('binaryNul'))

  const blocks = expandControlTables(toBlocks(text))
  const structure = findStructure(blocks)
  if (structure.firstSection < 0) {
    const total = text.replace(/\n+$/, '').split('\n').length
    throw new ParseError(1, note('noStructure', { lines: total }))
  }
  const parser = new TomParser(blocks, structure, options.title)
  blocks.forEach((block, i) => parser.feed(block, i))
  const { warnings, sections, lineKinds } = parser
  const title = parser.title ?? defaultTitle(text, warnings)
  controlsFromGroups(sections)
  proseAsMeasures(sections, lineKinds, parser.at)

  const document = {
    title,
    preamble: join(parser.preamble),
    sections: sections.map((s) => finishSection(s, warnings)),
    closing: join(parser.closing),
    effectiveDate: parser.effectiveDate,
  }
  const parsed = parseResultSchema.parse({
    document,
    warnings,
    skipped: parser.skipped,
    unparsed: parser.unparsed,
    report: buildReport(document, lineKinds, warnings.length),
  } satisfies ParseResult)
  if (!options.positions) return parsed
  const lineOf = (m: object) => parser.measureLines.get(m) ?? 1
  const positions: Positions = {
    sections: sections.map((s) => ({
      line: s.line,
      controls: s.controls.map((c) => ({
        line: c.line,
        measures: c.measures.map(lineOf),
        groups: c.groups.map((g) => ({ measures: g.measures.map(lineOf) })),
      })),
    })),
  }
  return { ...parsed, positions }
}

/** A document without a title gets the usual one in its language, with a warning. */
function defaultTitle(text: string, warnings: ParseResult['warnings']): string {
  const english =
    (text.match(/\b(?:the|and|of|to|with)\b/gi)?.length ?? 0) >
    (text.match(/\b(?:der|die|das|und|mit|zur|von)\b/gi)?.length ?? 0)
  const title = english
    ? 'Technical and organisational measures'
    : 'Technische und organisatorische Maßnahmen'
  warnings.push({ line: 1, ...note('noTitle', { title }) })
  return title
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length
}
