import type { PdfPage, PdfRun } from './extract'

/**
 * Positioned PDF text → the Markdown-like text the TOM parser reads: lines rebuilt from runs,
 * running headers/footers and page numbers removed, wrapped lines joined (hyphenation undone),
 * larger type as "#" headings, bullets (glyphs, drawn shapes or indentation) as "-" items, and
 * runs separated by wide gaps as tab-separated table cells.
 */

export interface PdfLine {
  page: number
  /** 1-based line number on its page, counted from the top including headers and footers. */
  lineOnPage: number
  x: number
  right: number
  y: number
  size: number
  text: string
  /** Starts with a bullet glyph or sits right of a drawn bullet. */
  bullet: boolean
  /** Left edge of each tab-separated cell of `text`. */
  cellX: number[]
}

export interface PdfLayout {
  text: string
  /** Where each output line (1-based) came from. */
  origin: { page: number; line: number }[]
  removed: { page: number; line: number; text: string; reason: string }[]
}

const GLYPH_BULLET = /^(?:[•▪◦●■►➢➤✓✔→\uF0B7\uF0A7\uF0FC\u2013\u2014-]|o(?=\s))\s*/
const PAGE_NUMBER =
  /^(?:(?:seite|page|s\.|p\.)\s*\d{1,4}(?:\s*(?:von|of|\/|aus)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*(?:\/|von|of)\s*\d{1,4})$/i
const SUSPENDED = /^(?:und|oder|bzw\.?|sowie|bis|and|or|to)\b/

const median = (xs: number[]) => {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}
/** The most frequent value after rounding, weighted. */
function mode(values: [number, number][]): number {
  const counts = new Map<number, number>()
  for (const [v, w] of values)
    counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + w)
  let best = 0
  let bestCount = -1
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c]
  return best
}

/**
 * Justified text set word by word: every gap of the line widened alike, which a column gap is
 * not (cells differ in width). Read as table cells, such a line scatters its words.
 */
function isJustified(words: PdfRun[], size: number, textRight: number): boolean {
  const gaps: number[] = []
  for (let k = 1; k < words.length; k++)
    gaps.push(words[k]!.x - (words[k - 1]!.x + words[k - 1]!.width))
  if (gaps.length < 3 || !gaps.some((g) => g > 1.0 * size)) return false
  // A table sized to its content also has equal gaps; a justified line reaches the text's right edge.
  const last = words[words.length - 1]!
  return (
    Math.abs(last.x + last.width - textRight) <= 2 &&
    Math.max(...gaps) - Math.min(...gaps) <= 0.2 * size &&
    Math.min(...gaps) > 0.12 * size
  )
}

/** Where most lines of a page end: the right edge of its text block (justified lines end there). */
function commonRightEdge(rows: PdfRun[][]): number {
  const counts = new Map<number, number>()
  for (const row of rows) {
    const words = row.filter((r) => r.text.trim() !== '')
    if (words.length === 0) continue
    const right = Math.round(Math.max(...words.map((r) => r.x + r.width)))
    counts.set(right, (counts.get(right) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

/**
 * The columns of a table on the page: left edges where cells start (after a gap wider than an
 * em) on at least three rows. Within the table's rows a narrower gap before a run that starts at
 * such an edge also separates cells — tables sized to their content leave less than an em
 * between "Dienstleister" and "Leistung".
 */
function tableColumns(rows: PdfRun[][]): { columns: number[]; top: number; bottom: number } | null {
  const starts = new Map<number, number[]>()
  for (const row of rows) {
    const words = row.filter((r) => r.text.trim() !== '')
    for (let k = 1; k < words.length; k++) {
      const previous = words[k - 1]!
      if (words[k]!.x - (previous.x + previous.width) <= 1.0 * words[k]!.size) continue
      const x = Math.round(words[k]!.x)
      starts.set(x, [...(starts.get(x) ?? []), words[k]!.y])
    }
  }
  const columns = [...starts].filter(([, ys]) => ys.length >= 3)
  if (columns.length === 0) return null
  const ys = columns.flatMap(([, y]) => y)
  return { columns: columns.map(([x]) => x), top: Math.max(...ys), bottom: Math.min(...ys) }
}

type Table = NonNullable<ReturnType<typeof tableColumns>>

/** Runs on one baseline, left to right, joined with spaces where there is a gap and tabs where a column gap is. */
function buildLines(page: PdfPage): PdfLine[] {
  const rows = rowsOf(page.runs)
  const textRight = commonRightEdge(rows)
  for (const row of rows) row.sort((a, b) => a.x - b.x)
  const table = tableColumns(rows)
  const lines: PdfLine[] = []
  for (const row of rows) {
    const line = lineOf(row, page, textRight, table)
    if (line) lines.push({ ...line, lineOnPage: lines.length + 1 })
  }
  return lines
}

/** Runs grouped by baseline, top to bottom. */
function rowsOf(pageRuns: PdfRun[]): PdfRun[][] {
  const runs = pageRuns
    .filter((r) => r.text.trim() !== '' || r.text === ' ')
    .sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PdfRun[][] = []
  for (const run of runs) {
    const row = rows[rows.length - 1]
    if (row && Math.abs(row[0]!.y - run.y) <= Math.max(2, 0.35 * Math.min(row[0]!.size, run.size)))
      row.push(run)
    else rows.push([run])
  }
  return rows
}

/** One row of runs as a line; null when nothing but a bullet is left. */
function lineOf(
  row: PdfRun[],
  page: PdfPage,
  textRight: number,
  table: Table | null,
): Omit<PdfLine, 'lineOnPage'> | null {
  const words = row.filter((r) => r.text.trim() !== '')
  if (words.length === 0) return null
  const size = Math.max(...words.map((r) => r.size))
  const inTable =
    table !== null && row[0]!.y <= table.top + size && row[0]!.y >= table.bottom - size
  const joined = joinRuns(words, size, isJustified(words, size, textRight), inTable ? table : null)
  const { cellX, end } = joined
  const { bullet, x, text } = withoutBullet(cleanText(joined.text), words, size, page)
  if (text === '') return null
  if (cellX.length !== text.split('\t').length)
    cellX.splice(
      1,
      cellX.length,
      ...text
        .split('\t')
        .slice(1)
        .map((_, k) => cellX[k + 1] ?? x),
    )
  return { page: page.number, x, right: end, y: words[0]!.y, size, text, bullet, cellX }
}

/** The words of a row as text: a space at a gap, a tab at a column gap (or a table's column). */
function joinRuns(words: PdfRun[], size: number, justified: boolean, table: Table | null) {
  let text = ''
  let end = words[0]!.x
  const cellX = [words[0]!.x]
  for (const run of words) {
    const gap = run.x - end
    if (text !== '') {
      const atColumn =
        table !== null && gap > 0.12 * size && table.columns.some((x) => Math.abs(x - run.x) <= 1.5)
      if ((gap > 1.0 * size && !justified) || atColumn) {
        text = `${text.trimEnd()}\t`
        cellX.push(run.x)
      } else if (gap > 0.12 * size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' '
    }
    text += run.text
    end = Math.max(end, run.x + run.width)
  }
  return { text, end, cellX }
}

function cleanText(joined: string): string {
  const text = joined
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\t ?/g, '\t')
    .trim()
  // Word sets a tab after list numbers and heading numbers ("1.\tText", "2.1\tZutrittskontrolle"): no table cell.
  return text.replace(
    /^((?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|[IVX]{1,5}\.|[•▪◦●■►➢➤✓✔\uF0B7\uF0A7\uF0FC–-]))\t/,
    '$1 ',
  )
}

/** Whether a line is a list item (a bullet glyph, or a drawn bullet left of it), and its text without the glyph. */
function withoutBullet(text: string, words: PdfRun[], size: number, page: PdfPage) {
  const first = words[0]!
  const glyph = GLYPH_BULLET.exec(text)
  const bulletFromMark = page.marks.some(
    (m) =>
      m.x < first.x &&
      first.x - m.x <= 3 * size &&
      m.y >= first.y - 0.2 * size &&
      m.y <= first.y + size,
  )
  const bullet =
    bulletFromMark ||
    (glyph !== null &&
      text.length > glyph[0].length &&
      (glyph[0].trim() !== '-' || /\s$/.test(glyph[0])))
  if (!glyph || !bullet) return { bullet, x: first.x, text }
  // The item's text starts after the glyph: that is where its wrapped lines line up.
  const x =
    first.text.trim().length <= glyph[0].trim().length && words[1]
      ? words[1].x
      : first.x + (glyph[0].length / Math.max(first.text.length, 1)) * first.width
  return { bullet, x, text: text.slice(glyph[0].length) }
}

/** Running headers and footers repeat at the same height; their text differs at most in numbers. */
const key = (l: PdfLine) =>
  `${Math.round(l.y / 4)}:${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`

/** Lines at the top or bottom of pages that repeat (digits aside) on several pages, and page numbers. */
function findRunningLines(pages: { page: PdfPage; lines: PdfLine[] }[]): Map<PdfLine, string> {
  const removed = new Map<PdfLine, string>()
  const edge = (p: { page: PdfPage; lines: PdfLine[] }) => {
    const band = p.page.height * 0.12
    const top = p.lines.filter((l, i) => i < 3 && l.y >= p.page.height - band)
    const bottom = p.lines.filter((l, i) => i >= p.lines.length - 3 && l.y <= band)
    return [...top, ...bottom]
  }
  const seen = new Map<string, Set<number>>()
  for (const p of pages)
    for (const l of edge(p)) seen.set(key(l), (seen.get(key(l)) ?? new Set()).add(p.page.number))
  // Text that also stands in the body is content that happens to open or close pages.
  const text = (l: PdfLine) => key(l).replace(/^[^:]*:/, '')
  const inBody = new Set<string>()
  for (const p of pages) {
    const edges = new Set(edge(p))
    for (const l of p.lines) if (!edges.has(l)) inBody.add(text(l))
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.5))
  const sizes = pages.flatMap((p) =>
    p.lines.map((l) => [l.size, l.text.length] as [number, number]),
  )
  const bodySize = mode(sizes)
  for (const p of pages) {
    for (const l of edge(p)) {
      const inMargin =
        l.size <= bodySize * 0.8 && (l.y >= p.page.height * 0.93 || l.y <= p.page.height * 0.07)
      if (PAGE_NUMBER.test(l.text)) removed.set(l, 'page number')
      // Small type in the page margin is a header or footer even on a single page.
      else if (inMargin && !inBody.has(text(l)))
        removed.set(l, l.y > p.page.height / 2 ? 'running header' : 'running footer')
      else if (
        pages.length >= 2 &&
        (seen.get(key(l))?.size ?? 0) >= repeatedOn &&
        !inBody.has(text(l))
      )
        removed.set(l, l.y > p.page.height / 2 ? 'running header' : 'running footer')
    }
  }
  return removed
}

/** Joins a wrapped line to the text before it, undoing end-of-line hyphenation. */
function joinWrapped(before: string, next: string): string {
  if (/\u00ad$/.test(before)) return before.slice(0, -1) + next
  if (/\p{L}-$/u.test(before)) {
    if (SUSPENDED.test(next)) return `${before} ${next}` // "Zutritts- und Zugangskontrolle"
    if (/^\p{Ll}/u.test(next)) return before.slice(0, -1) + next // "Verschlüs-\nselung"
    return before + next // "IT-\nSicherheit"
  }
  return `${before} ${next}`
}

/** Nesting depth of a list item from its left edge, relative to the items above it in the same list. */
function depthOf(x: number, stack: number[], size: number): number {
  while (stack.length > 0 && stack[stack.length - 1]! > x + size * 0.5) stack.pop()
  if (stack.length === 0 || stack[stack.length - 1]! < x - size * 0.5) stack.push(x)
  return Math.min(stack.length - 1, 5)
}

export function layoutPdf(pages: PdfPage[]): PdfLayout {
  const perPage = pages.map((page) => ({ page, lines: buildLines(page) }))
  const running = findRunningLines(perPage)
  const removed: PdfLayout['removed'] = []
  const body: PdfLine[] = []
  for (const p of perPage) {
    for (const l of p.lines) {
      const reason = running.get(l)
      if (reason) removed.push({ page: l.page, line: l.lineOnPage, text: l.text, reason })
      else body.push(l)
    }
  }
  const writer = new LayoutWriter(measureBody(body, pages))
  for (const l of body) writer.add(l)
  return { ...writer.finish(), removed }
}

/** The measures of the body text that decide what a line is: sizes, margin, right edge, spacing. */
interface BodyMeasures {
  bodySize: number
  margin: number
  right: number
  spacing: number
  /** Type sizes larger than the body's, largest first: index 0 is a level-1 heading. */
  headingSizes: number[]
  /** Bullets are marked (glyphs or shapes): indentation alone then makes no list item. */
  hasMarks: boolean
}

function measureBody(body: PdfLine[], pages: PdfPage[]): BodyMeasures {
  const bodySize = mode(body.map((l) => [l.size, l.text.length]))
  const margin = mode(
    body
      .filter((l) => Math.abs(l.size - bodySize) < 0.6 && !l.bullet)
      .map((l) => [l.x, l.text.length]),
  )
  const right =
    median(body.filter((l) => l.text.length > 40 && !l.text.includes('\t')).map((l) => l.right)) ||
    Math.max(...body.map((l) => l.right))
  const spacing =
    median(
      body
        .slice(1)
        .map((l, i) => (l.page === body[i]!.page ? body[i]!.y - l.y : 0))
        .filter((g) => g > 0 && g < bodySize * 2),
    ) || bodySize * 1.2
  const headingSizes = [
    ...new Set(body.filter((l) => l.size >= bodySize * 1.12).map((l) => Math.round(l.size))),
  ].sort((a, b) => b - a)
  const hasMarks = pages.some((p) => p.marks.length > 0) || body.some((l) => l.bullet)
  return { bodySize, margin, right, spacing, headingSizes, hasMarks }
}

/** How a line stands to the one before it. */
interface LinePlace {
  gap: number | null
  paragraphBreak: boolean
  headingRank: number
  isHeading: boolean
}

/** The output of one layout pass and what the next line is read against. */
class LayoutWriter {
  private readonly out: string[] = []
  private readonly origin: PdfLayout['origin'] = []
  private readonly listIndents: number[] = []
  private previous: PdfLine | null = null
  /** The table row being built: its output line, column edges and cells. */
  private row: { index: number; columns: number[]; cells: string[] } | null = null
  /** The kind and left edge of the output line being built (to decide whether a line continues it). */
  private open: { kind: 'heading' | 'item' | 'text' | 'row'; x: number; size: number } | null = null

  constructor(private readonly m: BodyMeasures) {}

  add(l: PdfLine) {
    const previous = this.previous
    const gap = previous && previous.page === l.page ? previous.y - l.y : null
    // Line spacing grows with the type size: a wrapped 22 pt heading is no paragraph break.
    const paragraphBreak =
      gap !== null &&
      gap > this.m.spacing * 1.35 * Math.max(1, Math.max(l.size, previous!.size) / this.m.bodySize)
    const headingRank = this.m.headingSizes.indexOf(Math.round(l.size))
    const isHeading = headingRank >= 0 && l.text.split(/\s+/).length <= 25
    if (paragraphBreak) {
      this.blank()
      this.open = null
    }
    this.place(l, { gap, paragraphBreak, headingRank, isHeading })
    this.previous = l
  }

  finish() {
    while (this.out[this.out.length - 1] === '') {
      this.out.pop()
      this.origin.pop()
    }
    return { text: `${this.out.join('\n')}\n`, origin: this.origin }
  }

  private emit(text: string, l: PdfLine | null) {
    this.out.push(text)
    const last = this.origin[this.origin.length - 1] ?? { page: 1, line: 1 }
    this.origin.push(l ? { page: l.page, line: l.lineOnPage } : last)
  }

  private blank() {
    if (this.out.length > 0 && this.out[this.out.length - 1] !== '') this.emit('', null)
  }

  private joinLast(text: string) {
    this.out[this.out.length - 1] = joinWrapped(this.out[this.out.length - 1]!, text)
  }

  private place(l: PdfLine, at: LinePlace) {
    if (this.cellWraps(l, at) && this.continueRow(l)) return
    if (l.text.includes('\t')) return this.startRow(l)
    this.row = null
    if (at.isHeading) return this.heading(l, at)
    if (this.open?.kind === 'heading') {
      this.blank()
      this.open = null
    }
    if (this.continues(l, at.paragraphBreak)) return this.joinLast(l.text)
    this.itemOrText(l)
  }

  /** A table cell that wraps: the next line, close below, starts under one of the row's columns. */
  private cellWraps(l: PdfLine, at: LinePlace): boolean {
    return (
      this.row !== null &&
      this.open?.kind === 'row' &&
      at.gap !== null &&
      at.gap <= this.m.spacing * 1.25 * Math.max(1, l.size / this.m.bodySize) &&
      !at.isHeading
    )
  }

  private continueRow(l: PdfLine): boolean {
    const row = this.row!
    const cells = l.text.split('\t')
    const column = (x: number) => {
      let best = -1
      row.columns.forEach((cx, k) => (cx <= x + l.size ? (best = k) : undefined))
      return best
    }
    const targets = l.cellX.map(column)
    // A line with text in the first column starts a new row unless a cell plainly goes on
    // ("Mailgun | Versand von | USA," over "Technologies, Inc. | Systembenachrichtigungen | …").
    const dangling = /[,&(/-]$|\b(?:und|and|of|der|die|des|for|von|zur|zum|mit|in|to)$/i
    const firstGoesOn =
      targets[0] === 0 &&
      (/^\p{Ll}/u.test(cells[0]!) || row.cells.some((c) => dangling.test(c.trim())))
    const partial = cells.length < row.columns.length
    if (
      !targets.every((t) => t >= 0) ||
      new Set(targets).size !== targets.length ||
      (targets[0] === 0 && !firstGoesOn && !partial)
    )
      return false
    targets.forEach(
      (t, k) => (row.cells[t] = row.cells[t] ? joinWrapped(row.cells[t]!, cells[k]!) : cells[k]!),
    )
    this.out[row.index] = row.cells.join('\t')
    return true
  }

  private startRow(l: PdfLine) {
    if (this.open?.kind !== 'row') this.blank()
    this.emit(l.text, l)
    this.row = { index: this.out.length - 1, columns: l.cellX, cells: l.text.split('\t') }
    this.open = { kind: 'row', x: l.x, size: l.size }
  }

  private heading(l: PdfLine, at: LinePlace) {
    const open = this.open
    if (open?.kind === 'heading' && Math.abs(open.size - l.size) < 0.5 && !at.paragraphBreak)
      this.joinLast(l.text)
    else {
      this.blank()
      this.emit(`${'#'.repeat(Math.min(at.headingRank + 1, 6))} ${l.text}`, l)
    }
    this.open = { kind: 'heading', x: l.x, size: l.size }
  }

  /**
   * Does this line continue the one before? It does when the previous line was full (its next
   * word would not have fitted), starts in the same column and is no new bullet.
   */
  private continues(l: PdfLine, paragraphBreak: boolean): boolean {
    const prev = this.previous
    const open = this.open
    const firstWord = l.text.split(/\s/)[0] ?? ''
    const firstWordWidth = (firstWord.length / Math.max(l.text.length, 1)) * (l.right - l.x)
    const wouldHaveFit =
      prev !== null && prev.right + 0.3 * l.size + firstWordWidth < this.m.right - 2
    const hyphenated =
      prev !== null && /[\p{L}\u00ad]-?$/u.test(prev.text) && /-$|\u00ad$/.test(prev.text)
    const sameColumn = open !== null && Math.abs(l.x - open.x) < this.m.bodySize * 0.6
    return (
      open !== null &&
      open.kind !== 'row' &&
      !l.bullet &&
      sameColumn &&
      !paragraphBreak &&
      (hyphenated || /^\p{Ll}/u.test(l.text) || !wouldHaveFit)
    )
  }

  private itemOrText(l: PdfLine) {
    if (this.open?.kind !== 'item') this.listIndents.length = 0
    const depth = l.bullet ? depthOf(l.x, this.listIndents, this.m.bodySize) : 0
    const indented = l.x > this.m.margin + this.m.bodySize * 0.8
    if (l.bullet || (indented && !this.m.hasMarks)) {
      if (this.open?.kind !== 'item') this.blank()
      this.emit(`${'  '.repeat(depth)}- ${l.text}`, l)
      this.open = { kind: 'item', x: l.x, size: l.size }
    } else {
      if (this.open?.kind === 'item') this.blank()
      this.emit(l.text, l)
      this.open = { kind: 'text', x: l.x, size: l.size }
    }
  }
}
