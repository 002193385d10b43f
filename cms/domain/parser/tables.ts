import type { Block } from './blocks'
import { categorize } from './categorize'
import { looksLikeHeadingText } from './headings'
import { note } from '../import/notes'

/** Measures inside one table cell are separated by line breaks ("<br>" in Markdown tables). */
const CELL_BREAK = /\s*<br\s*\/?>\s*/i

const isHeaderRow = (cells: string[]) =>
  cells.every((c) => c.split(/\s+/).length <= 3 && !/[.:]$/.test(c)) &&
  categorize(cells[0]!, { strict: true }).keys.length === 0

/**
 * A table whose first column names the control ("Zutrittskontrolle | Alarmanlage<br>Video") is
 * rewritten as a heading per row followed by its measures, so the structure pass treats it like
 * any other heading and list. Other tables stay rows. The header row becomes a noise block:
 * column labels are not content, but the line is still reported.
 */
export function expandControlTables(blocks: Block[]): Block[] {
  const out: Block[] = []
  for (let i = 0; i < blocks.length;) {
    const block = blocks[i]!
    if (block.kind !== 'row') {
      out.push(block)
      i++
      continue
    }
    let j = i
    while (
      blocks[j + 1]?.kind === 'row' &&
      blocks[j + 1]!.line === blocks[j]!.line + blocks[j]!.span
    )
      j++
    const run = blocks.slice(i, j + 1) as Extract<Block, { kind: 'row' }>[]
    const header = run.length > 1 && isHeaderRow(run[0]!.cells) ? run[0]! : undefined
    const body = header ? run.slice(1) : run
    const named = body.filter(
      (r) =>
        r.cells.length >= 2 &&
        looksLikeHeadingText(r.cells[0]!) &&
        r.cells[0]!.split(/\s+/).length <= 6 &&
        categorize(r.cells[0]!, { strict: true }).keys.length > 0,
    )
    // Rows of one control's measures may all match that control's category; a table of controls names several.
    const categories = new Set(named.map((r) => categorize(r.cells[0]!, { strict: true }).keys[0]))
    if (named.length > 0 && named.length * 3 >= body.length * 2 && categories.size >= 2) {
      if (header)
        out.push({
          kind: 'noise',
          line: header.line,
          span: 1,
          text: header.cells.join(' | '),
          reason: note('tableColumnLabels'),
        })
      for (const row of body) {
        out.push({
          kind: 'markdown-heading',
          line: row.line,
          span: 1,
          text: row.cells[0]!,
          level: 7,
        })
        const measures = row.cells
          .slice(1)
          .flatMap((c) => c.split(CELL_BREAK))
          .filter((m) => m !== '' && m !== '—')
        for (const text of measures)
          out.push({ kind: 'bullet', line: row.line, span: 0, text, depth: 0, marker: 'bullet' })
      }
    } else {
      for (const row of run)
        out.push({ ...row, cells: row.cells.map((c) => c.split(CELL_BREAK).join('; ')) })
    }
    i = j + 1
  }
  return out
}
