import { parseTom } from '../parser/parse'
import type { ParseResult } from '../tom-schema'
import { suggestMetadata, type MetadataSuggestions } from './metadata'
import { readDocument, type ReadDocument } from './readDocument'

export interface DocumentImport extends Omit<ReadDocument, 'lineOf'> {
  /** The parse result; line numbers point into the original file. */
  result: ParseResult
  suggestions: MetadataSuggestions
  /** Where each section, control and measure stands in the original file (line; page for PDF). */
  positions: SourcePositions
}

export interface SourcePlace {
  line: number
  page?: number
}
export interface SourcePositions {
  sections: {
    at: SourcePlace
    controls: { at: SourcePlace; measures: SourcePlace[]; groups: { measures: SourcePlace[] }[] }[]
  }[]
}

/**
 * Everything the CLI and the admin need to import a TOM document: read any supported format,
 * parse it, move line numbers back to the source file and collect metadata suggestions.
 * Throws ParseError for what cannot be read.
 */
export async function importDocument(
  bytes: Uint8Array,
  filename?: string,
): Promise<DocumentImport> {
  const read = await readDocument(bytes, filename)
  const { positions: lines, ...parsed } = parseTom(read.text, {
    positions: true,
    ...(read.title ? { title: read.title } : {}),
  })
  const place = (line: number): SourcePlace => ({
    line: read.lineOf(line),
    ...(read.pageOf ? { page: read.pageOf(line) } : {}),
  })
  const positions: SourcePositions = {
    sections: lines.sections.map((s) => ({
      at: place(s.line),
      controls: s.controls.map((c) => ({
        at: place(c.line),
        measures: c.measures.map(place),
        groups: c.groups.map((g) => ({ measures: g.measures.map(place) })),
      })),
    })),
  }
  const remap = <T extends { line: number }>(items: T[]) =>
    items.map((item) => ({
      ...item,
      line: read.lineOf(item.line),
      ...(read.pageOf ? { page: read.pageOf(item.line) } : {}),
    }))
  const result: ParseResult = {
    ...parsed,
    warnings: [...read.notes, ...remap(parsed.warnings)],
    skipped: remap(parsed.skipped),
    unparsed: remap(parsed.unparsed),
  }
  const { lineOf: _lineOf, pageOf: _pageOf, title: _title, ...rest } = read
  const suggestions = suggestMetadata(read.text, parsed.document)
  return {
    ...rest,
    result,
    positions,
    suggestions: {
      ...suggestions,
      emails: remap(suggestions.emails),
      subprocessors: remap(suggestions.subprocessors),
      contacts: remap(suggestions.contacts),
    },
  }
}
