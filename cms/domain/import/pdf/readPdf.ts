import { ParseError } from '../../parser/errors'
import { note } from '../notes'
import type { ReadDocument } from '../readDocument'
import { DEFAULT_PDF_LIMITS, extractPdf, type ExtractLimits } from './extract'
import { layoutPdf } from './layout'

/** A PDF with a text layer → text for the TOM parser; lines map back to page and line on the page. */
export async function readPdf(
  bytes: Uint8Array,
  limits: ExtractLimits = DEFAULT_PDF_LIMITS,
): Promise<ReadDocument> {
  const pages = await extractPdf(bytes, limits)
  const characters = pages.reduce(
    (n, p) => n + p.runs.reduce((m, r) => m + r.text.trim().length, 0),
    0,
  )
  if (characters === 0) {
    throw new ParseError(1, note('pdfNoText', { pages: pages.length }))
  }
  const layout = layoutPdf(pages)
  const notes: ReadDocument['notes'] = []
  const byText = new Map<string, { reason: string; pages: number[]; line: number; text: string }>()
  for (const r of layout.removed) {
    const key = `${r.reason}:${r.text.replace(/\d+/g, '#')}`
    const entry = byText.get(key) ?? { reason: r.reason, pages: [], line: r.line, text: r.text }
    entry.pages.push(r.page)
    byText.set(key, entry)
  }
  const noteOrigin: { page: number; line: number }[] = []
  for (const e of byText.values()) {
    notes.push({
      line: e.line,
      ...note('pdfRunningLine', {
        kind: e.reason,
        text: e.text,
        pages: e.pages.join(','),
      }),
    })
    noteOrigin.push({ page: e.pages[0]!, line: e.line })
  }
  const at = (line: number) =>
    layout.origin[line - 1] ?? layout.origin[layout.origin.length - 1] ?? { page: 1, line: 1 }
  return {
    format: 'pdf',
    encoding: 'pdf',
    text: layout.text,
    lineOf: (line) => at(line).line,
    pageOf: (line) => at(line).page,
    notes: notes.map((n, i) => ({ ...n, page: noteOrigin[i]!.page })),
  }
}
