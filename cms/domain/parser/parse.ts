import type { CategoryKey } from '../taxonomy'
import { getCategory } from '../taxonomy'
import type {
  Control,
  Measure,
  MeasureGroup,
  ParseResult,
  ParseWarning,
  Section,
  UnparsedLine,
} from '../tom-schema'
import { parseResultSchema } from '../tom-schema'
import { type Block, toBlocks } from './blocks'
import { categorize, isSentenceHeading } from './categorize'
import { findLabelledDate, placeDate } from './dates'
import { ParseError } from './errors'
import {
  type HeadingParts,
  isLabelledControl,
  isScopeLabel,
  looksLikeUnnumberedHeading,
  splitHeading,
} from './headings'
import { asPhraseList, leadAndList } from './prose'
import { buildReport, emptyLineCounts, type LineKind } from './report'
import { findStructure } from './structure'
import { expandControlTables } from './tables'

/** Draft shapes while assembling: text kept as paragraph lists, joined at the end. */
interface GroupDraft {
  label: string
  number?: string
  text: string[]
  columns?: string[]
  measures: MeasureGroup['measures']
  note: string[]
  fromBullet?: boolean
  columnGroups?: GroupDraft[]
}
interface ControlDraft extends Omit<GroupDraft, 'label' | 'fromBullet'> {
  heading: string
  legalBasis?: string
  line: number
  implicit?: boolean
  groups: GroupDraft[]
  textSpans?: (number | null)[]
  textLines?: number[]
}
interface SectionDraft {
  heading: string
  number?: string
  legalBasis?: string
  line: number
  text: string[]
  controls: ControlDraft[]
  textSpans?: (number | null)[]
  textLines?: number[]
}

const join = (paragraphs: string[]) => (paragraphs.length ? paragraphs.join('\n\n') : undefined)
const rowText = (cells: string[]) => cells.join(' — ')
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/

/**
 * Parses the text of a TOM document into the structure of a TOM version (docs/architecture.md, "Domain model and rules"). Every heading, paragraph,
 * bullet and table row lands in the result exactly once, in order; lines that carry no content
 * (separators, page numbers, footers) are listed in `skipped`, lines that cannot be placed (an
 * unticked checkbox) in `unparsed`, and `report` accounts for every non-blank line. Throws
 * ParseError (with a line number) for input that is not a TOM document.
 */
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
  if (text.trim() === '') throw new ParseError(1, 'the document is empty')
  const nul = text.indexOf('\u0000')
  if (nul >= 0)
    throw new ParseError(lineAt(text, nul), 'binary data (NUL byte) — expected a text document')

  const blocks = expandControlTables(toBlocks(text))
  const { levels, firstSection } = findStructure(blocks)
  if (firstSection < 0) {
    const total = text.replace(/\n+$/, '').split('\n').length
    throw new ParseError(
      1,
      `no TOM structure found in lines 1–${total}: expected section headings such as "1. Vertraulichkeit", "I. Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)" or "Physical access control"`,
    )
  }

  const measureLines = new WeakMap<object, number>()
  /** Remembers a measure's source line for the editor's preview. */
  const at = <T extends object>(m: T, line: number): T => {
    measureLines.set(m, line)
    return m
  }
  const warnings: ParseWarning[] = []
  const skipped: ParseWarning[] = []
  const unparsed: UnparsedLine[] = []
  const lineKinds = emptyLineCounts()
  const account = (kind: LineKind, block: Block) => (lineKinds[kind] += block.span)
  const preamble: string[] = []
  const closing: string[] = []
  const sections: SectionDraft[] = []
  let title: string | undefined = options.title
  let effectiveDate: string | null = null
  let section: SectionDraft | undefined
  let control: ControlDraft | undefined
  let group: GroupDraft | undefined
  let closingStarted = false

  const ensureControl = (line: number): ControlDraft => {
    if (control) return control
    const s = section!
    control = {
      heading: s.heading,
      line,
      implicit: true,
      text: [],
      measures: [],
      note: [],
      groups: [],
    }
    s.controls.push(control)
    return control
  }
  const container = (): GroupDraft | ControlDraft | undefined => group ?? control
  const textKind = (t: string, date: string | null): LineKind =>
    date || EMAIL.test(t) ? 'metadata' : 'text'

  blocks.forEach((block, i) => {
    const dateHere =
      block.kind === 'paragraph' || block.kind === 'markdown-heading' || block.kind === 'bullet'
        ? findLabelledDate(block.text)
        : null
    if (dateHere && !effectiveDate) effectiveDate = dateHere

    if (block.kind === 'separator' || block.kind === 'noise') {
      skipped.push({
        line: block.line,
        message: block.kind === 'noise' ? block.reason : 'separator line without content',
      })
      account('skipped', block)
      return
    }
    if (block.kind === 'bullet' && block.text === '') {
      skipped.push({ line: block.line, message: 'empty list item' })
      account('skipped', block)
      return
    }
    if (block.kind === 'bullet' && block.marker === 'unchecked') {
      unparsed.push({
        line: block.line,
        text: block.text,
        message:
          'unticked checkbox: an option the document does not claim; not imported as a measure',
      })
      account('unparsed', block)
      return
    }
    if (block.kind === 'paragraph' && block.address) {
      // An address (of the controller, processor or DPO) is metadata wherever it stands.
      const into = i < firstSection || !section ? preamble : closingStarted ? closing : null
      if (into) into.push(block.text)
      else {
        const target: { text: string[]; textSpans?: (number | null)[]; textLines?: number[] } =
          container() ?? section!
        target.text.push(block.text)
        // Kept in step with `text`: a null span is never turned into a measure.
        if ('groups' in target || 'controls' in target) {
          ;(target.textSpans ??= []).push(null)
          ;(target.textLines ??= []).push(block.line)
        }
      }
      account('metadata', block)
      return
    }
    if (i < firstSection) {
      const content = block.kind === 'row' ? rowText(block.cells) : block.text
      const repeatsTitle =
        options.title !== undefined &&
        content.replace(/\n/g, ' ').trim().toLowerCase() === options.title.toLowerCase()
      // A sentence ("This annex describes …") is no title, though it may come first.
      const sentence =
        block.kind === 'paragraph' &&
        /[.!?]$/.test(content.trim()) &&
        content.split(/\s+/).length > 5
      if (
        repeatsTitle ||
        (!title &&
          !dateHere &&
          !sentence &&
          (block.kind === 'markdown-heading' || block.kind === 'paragraph'))
      ) {
        title ??= content.replace(/\n/g, ' ')
        account('heading', block)
      } else {
        preamble.push(content)
        account(textKind(content, dateHere), block)
      }
      return
    }
    if (closingStarted) {
      const content = block.kind === 'row' ? rowText(block.cells) : block.text
      closing.push(content)
      account(textKind(content, dateHere), block)
      return
    }
    if (block.kind === 'paragraph') {
      const date = placeDate(block.text)
      if (date) {
        closingStarted = true
        effectiveDate ??= date
        closing.push(block.text)
        account('metadata', block)
        return
      }
    }

    if (!section && !levels[i]) {
      // Only a heading opens the structure; anything before the first one belongs to the preamble.
      const content = block.kind === 'row' ? rowText(block.cells) : block.text
      preamble.push(content)
      account(textKind(content, dateHere), block)
      return
    }
    const level = levels[i]
    // A short line right under a control heading that names no category is that control's content
    // ("Zutrittskontrolle" + "Alarmanlage, Chipkarten"), not a heading of its own.
    const isContentOfOpenControl = (t: string) =>
      asPhraseList(t) !== null ||
      (control !== undefined &&
        !control.implicit &&
        control.measures.length === 0 &&
        control.text.length === 0 &&
        control.groups.length === 0 &&
        categorize(t, { strict: true }).keys.length === 0)
    const headingText =
      block.kind === 'paragraph' || block.kind === 'markdown-heading' || block.kind === 'bullet'
        ? isLabelledControl(block.text) || isSentenceHeading(block.text)
          ? block.text.replace(/\s*:$/, '')
          : block.text
        : ''
    const parts = level ? withLabel(splitHeading(headingText), block) : null
    const unnumbered =
      !level &&
      section !== undefined &&
      (block.kind === 'markdown-heading' ||
        (block.kind === 'paragraph' &&
          (isLabelledControl(block.text) ||
            isSentenceHeading(block.text) ||
            (looksLikeUnnumberedHeading(block.text) &&
              blocks[i + 1] !== undefined &&
              blocks[i + 1]!.kind !== 'markdown-heading' &&
              !isContentOfOpenControl(block.text)))))
    if (parts && (level === 'section' || !section)) {
      section = {
        heading: parts.title,
        line: block.line,
        text: [],
        controls: [],
        ...numberAndBasis(parts),
      }
      sections.push(section)
      control = group = undefined
      account('heading', block)
      return
    }
    if ((parts && level === 'control') || unnumbered) {
      const p = parts ?? splitHeading(headingText)
      control = {
        heading: p.title,
        line: block.line,
        text: [],
        measures: [],
        note: [],
        groups: [],
        ...numberAndBasis(p),
      }
      section!.controls.push(control)
      group = undefined
      account('heading', block)
      return
    }
    if (parts && level === 'group') {
      const c = ensureControl(block.line)
      group = { label: parts.title, text: [], measures: [], note: [], ...numberAndBasis(parts) }
      c.groups.push(group)
      account('group', block)
      return
    }

    if (block.kind === 'paragraph' || block.kind === 'markdown-heading') {
      const target = container()
      if (!target) {
        section!.text.push(block.text)
        const kind = textKind(block.text, dateHere)
        ;(section!.textSpans ??= []).push(kind === 'text' ? block.span : null)
        ;(section!.textLines ??= []).push(block.line)
        account(kind, block)
        return
      }
      const next = blocks[i + 1]
      const labelsList =
        block.text.endsWith(':') &&
        !block.text.includes('\n') &&
        block.text.split(/\s+/).length <= 6 &&
        next?.kind === 'bullet' &&
        next.line <= block.line + block.span + 1
      const nounLabel = block.text.split(/\s+/).length <= 3 && !INTRODUCTION.test(block.text)
      const hasLabel = block.text.replace(/:$/, '').trim() !== ''
      const startsGroup =
        hasLabel &&
        (isScopeLabel(block.text) ||
          (block.text.endsWith(':') && target.measures.length > 0) ||
          (labelsList && (nounLabel || group !== undefined)))
      if (startsGroup) {
        const c = ensureControl(block.line)
        group = { label: block.text.replace(/:$/, ''), text: [], measures: [], note: [] }
        c.groups.push(group)
        account('group', block)
        return
      }
      const items = block.kind === 'paragraph' ? asLineList(block.text) : null
      const phrases = items || block.kind !== 'paragraph' ? null : asPhraseList(block.text)
      if ((items || phrases) && target.note.length === 0) {
        target.measures.push(
          ...(items ?? phrases)!.map((t, k) => at({ text: t }, block.line + (items ? k : 0))),
        )
        account('measure', block)
        return
      }
      const kind = textKind(block.text, dateHere)
      if (target.measures.length > 0) target.note.push(block.text)
      else {
        target.text.push(block.text)
        if ('groups' in target) {
          ;(target.textSpans ??= []).push(kind === 'text' ? block.span : null)
          ;(target.textLines ??= []).push(block.line)
        }
      }
      account(kind, block)
      return
    }

    if (block.kind === 'bullet') {
      const next = blocks[i + 1]
      // "- Serverraum:" with indented items below labels a scope group.
      if (
        block.depth === 0 &&
        block.text.endsWith(':') &&
        block.text.length > 1 &&
        next?.kind === 'bullet' &&
        next.depth > 0
      ) {
        const c = ensureControl(block.line)
        group = {
          label: block.text.replace(/:$/, ''),
          text: [],
          measures: [],
          note: [],
          fromBullet: true,
        }
        c.groups.push(group)
        account('group', block)
        return
      }
      if (block.depth === 0 && group?.fromBullet) group = undefined
    }

    // Bullets and table rows are measures.
    const target = container() ?? ensureControl(block.line)
    if (target.note.length > 0)
      warnings.push({
        line: block.line,
        message: 'measure after a closing paragraph; kept with the measures above it',
      })
    account('measure', block)
    if (block.kind === 'bullet') {
      target.measures.push(at({ text: block.text }, block.line))
      return
    }
    // A Markdown table's alignment row ("|---|") sits between its header and the first row.
    const next = blocks[i + 1]?.kind === 'separator' ? blocks[i + 2] : blocks[i + 1]
    const previous = blocks[i - 1]?.kind === 'separator' ? blocks[i - 2] : blocks[i - 1]
    const isHeader =
      previous?.kind !== 'row' &&
      next?.kind === 'row' &&
      target.measures.length === 0 &&
      block.cells.every((c) => c.split(/\s+/).length <= 3 && !/[.:]$/.test(c))
    if (isHeader && block.cells.every((c) => MEASURE_KIND_COLUMN.test(c))) {
      // "Technische Maßnahmen | Organisatorische Maßnahmen": each column is a list of its own.
      const c = 'groups' in target ? target : undefined
      target.columnGroups = block.cells.map((label) => ({
        label,
        text: [],
        measures: [],
        note: [],
      }))
      if (c) c.groups.push(...target.columnGroups)
      lineKinds.measure -= block.span
      account('group', block)
      return
    }
    if (isHeader) {
      target.columns = block.cells
      lineKinds.measure -= block.span
      account('heading', block)
      return
    }
    if (target.columnGroups) {
      const into = 'groups' in target ? target.columnGroups : undefined
      block.cells.forEach(
        (cell, k) =>
          cell !== '—' && (into?.[k] ?? target).measures.push(at({ text: cell }, block.line)),
      )
      return
    }
    const [first, ...rest] = block.cells
    // Checklists ("Videoüberwachung | nein"): a "no" is an option the document does not claim.
    const answer = rest.length === 1 ? rest[0]!.trim() : ''
    if (NO_ANSWER.test(answer)) {
      lineKinds.measure -= block.span
      unparsed.push({
        line: block.line,
        text: first!,
        message: `marked "${answer}" in the document: not imported as a measure`,
      })
      account('unparsed', block)
      return
    }
    if (YES_ANSWER.test(answer)) {
      target.measures.push(at({ text: first! }, block.line))
      return
    }
    target.measures.push(
      at(rest.length ? { text: first!, detail: rest.join(' — ') } : { text: first! }, block.line),
    )
  })

  if (!title) {
    const english =
      (text.match(/\b(?:the|and|of|to|with)\b/gi)?.length ?? 0) >
      (text.match(/\b(?:der|die|das|und|mit|zur|von)\b/gi)?.length ?? 0)
    title = english
      ? 'Technical and organisational measures'
      : 'Technische und organisatorische Maßnahmen'
    warnings.push({ line: 1, message: `no document title found; using "${title}"` })
  }

  controlsFromGroups(sections)
  proseAsMeasures(sections, lineKinds, at)

  const document = {
    title,
    preamble: join(preamble),
    sections: sections.map((s) => finishSection(s, warnings)),
    closing: join(closing),
    effectiveDate,
  }
  const result: ParseResult = {
    document,
    warnings,
    skipped,
    unparsed,
    report: buildReport(document, lineKinds, warnings.length),
  }
  const parsed = parseResultSchema.parse(result)
  if (!options.positions) return parsed
  const lineOf = (m: object) => measureLines.get(m) ?? 1
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

/**
 * "Vertraulichkeit" with bold list items "Zutrittskontrolle", "Zugangskontrolle" and their items
 * below: the items that each name a measure category are the section's controls, not scope groups
 * of one implicit control.
 */
function controlsFromGroups(sections: SectionDraft[]) {
  const namesMeasure = (label: string) => {
    const keys = categorize(label, { strict: true }).keys
    return keys.length > 0 && getCategory(keys[0]!).kind === 'measure'
  }
  for (const s of sections) {
    s.controls = s.controls.flatMap((c) =>
      c.implicit &&
      c.measures.length === 0 &&
      c.groups.length > 0 &&
      c.groups.every((g) => namesMeasure(g.label))
        ? c.groups.map((g) => ({
            heading: g.label,
            ...(g.number ? { number: g.number } : {}),
            line: c.line,
            text: g.text,
            measures: g.measures,
            note: g.note,
            groups: [],
          }))
        : [c],
    )
  }
}

/**
 * A control described only in prose has that prose as its measures (marked `prose`), so that it
 * is not reported as naming no measures; so has a section of a measure category without
 * controls. Group headings ("Vertraulichkeit") keep their introductions as text.
 */
function proseAsMeasures(
  sections: SectionDraft[],
  lineKinds: Record<LineKind, number>,
  at: <T extends object>(m: T, line: number) => T,
) {
  /** Paragraphs that are plain text (not metadata) and do not introduce something (": "). */
  const convert = (x: { text: string[]; textSpans?: (number | null)[]; textLines?: number[] }) => {
    const keep: string[] = []
    const measures: Measure[] = []
    x.text.forEach((t, k) => {
      const span = x.textSpans?.[k] ?? null
      if (span === null || /:$/.test(t.trim())) keep.push(t)
      else {
        const phrases = asPhraseList(t)
        const led = phrases ? null : leadAndList(t)
        const line = x.textLines?.[k] ?? 1
        if (phrases) measures.push(...phrases.map((p) => at({ text: p }, line)))
        else if (led) {
          keep.push(led.lead)
          measures.push(...led.items.map((p) => at({ text: p }, line)))
        } else {
          const text = t.replace(/\s*\n\s*/g, ' ')
          // A short phrase standing alone ("Firewall") is an item; only sentences are marked prose.
          measures.push(
            at(
              /[.!?]$/.test(text) || text.split(/\s+/).length > 8
                ? { text, prose: true }
                : { text },
              line,
            ),
          )
        }
        lineKinds.text -= span
        lineKinds.measure += span
      }
    })
    x.text = keep
    return measures
  }
  for (const s of sections) {
    if (s.controls.length === 0 && s.text.length > 0) {
      const keys = categorize(splitHeading(s.heading).title).keys
      if (keys.length > 0 && getCategory(keys[0]!).kind === 'measure') {
        const measures = convert(s)
        if (measures.length > 0)
          s.controls.push({
            heading: s.heading,
            line: s.line,
            implicit: true,
            text: [],
            measures,
            note: [],
            groups: [],
          })
      }
    }
    for (const c of s.controls) {
      const hasMeasures = c.measures.length > 0 || c.groups.some((g) => g.measures.length > 0)
      if (!hasMeasures && c.text.length > 0) c.measures = convert(c)
    }
  }
}

/** A lettered heading ("a) Zutrittskontrolle") keeps its letter as the number. */
function withLabel(parts: HeadingParts, block: Block): HeadingParts {
  return block.kind === 'bullet' && block.label && parts.numbering.kind === 'none'
    ? { ...parts, numbering: { kind: 'decimal', value: block.label, depth: 2 } }
    : parts
}

const YES_ANSWER = /^(?:ja|yes|x|✓|✔|☒|☑|umgesetzt|implemented|vorhanden)$/i
const NO_ANSWER = /^(?:nein|no|✗|✘|☐|nicht umgesetzt|not implemented|nicht vorhanden)$/i

/** Column headings of the common two-column template: technical and organisational measures side by side. */
const MEASURE_KIND_COLUMN =
  /^(?:technische|organisatorische|technical|organi[sz]ational)(?: maßnahmen| measures)?$/i

/** "Maßnahmen umfassen:", "The following measures are taken:" introduce a list; they do not name a scope. */
const INTRODUCTION =
  /umfass|werden|sind|folgend|insbesondere|gehören|zählen|include|following|\bare\b|such as|taken|implemented/i

const DANGLING =
  /(?:^|\s)(?:der|die|das|des|dem|den|und|oder|zur|zum|von|mit|für|bei|im|in|an|auf|the|of|and|or|to|a|an|for|with|by|on)$|[-,(]$/i

/**
 * Lines of one block that are items, not a wrapped sentence: text pasted from PDF loses its
 * bullets ("Alarmanlage\nVideoüberwachung\nSchlüsselregelung"). Every line must be short, start
 * with a capital and not end mid-phrase.
 */
function asLineList(text: string): string[] | null {
  const lines = text.split('\n').map((l) => l.trim())
  if (lines.length < 3) return null
  const itemLike = (l: string) =>
    l.length <= 60 && /^[\p{Lu}\d„"]/u.test(l) && !DANGLING.test(l) && !/[.:]$/.test(l)
  return lines.every(itemLike) ? lines : null
}

function numberAndBasis(parts: HeadingParts): { number?: string; legalBasis?: string } {
  const n = parts.numbering
  return {
    ...(n.kind !== 'none' ? { number: n.value } : {}),
    ...(parts.legalBasis ? { legalBasis: parts.legalBasis } : {}),
  }
}

function place(
  heading: string,
  line: number,
  fallback: CategoryKey | null,
  warnings: ParseWarning[],
): { category: CategoryKey; alsoCovers?: CategoryKey[] } {
  const { keys } = categorize(heading)
  if (keys.length > 0)
    return { category: keys[0]!, ...(keys.length > 1 ? { alsoCovers: keys.slice(1) } : {}) }
  if (fallback) return { category: fallback }
  warnings.push({
    line,
    message: `heading "${heading}" matches no Art. 32 category; filed under "other"`,
  })
  return { category: 'other' }
}

function finishGroup(g: GroupDraft): MeasureGroup {
  return {
    label: g.label,
    ...(g.number ? { number: g.number } : {}),
    text: join(g.text),
    columns: g.columns,
    measures: g.measures,
    note: join(g.note),
  }
}

function finishSection(s: SectionDraft, warnings: ParseWarning[]): Section {
  const sectionPlace = place(s.heading, s.line, null, warnings)
  // A control whose heading names no category (e.g. "Snapshot-Technologie") belongs to its
  // section's category when that is a measure category; a group heading is too broad to inherit.
  const inherit =
    getCategory(sectionPlace.category).kind === 'measure' ? sectionPlace.category : null
  const controls: Control[] = s.controls.map((c) => {
    const controlPlace = c.implicit ? sectionPlace : place(c.heading, c.line, inherit, warnings)
    return {
      heading: c.heading,
      ...(c.number ? { number: c.number } : {}),
      ...controlPlace,
      ...(c.legalBasis ? { legalBasis: c.legalBasis } : {}),
      ...(c.implicit ? { implicit: true } : {}),
      text: join(c.text),
      columns: c.columns,
      measures: c.measures,
      note: join(c.note),
      groups: c.groups.map(finishGroup),
    }
  })
  return {
    heading: s.heading,
    ...(s.number ? { number: s.number } : {}),
    ...sectionPlace,
    ...(s.legalBasis ? { legalBasis: s.legalBasis } : {}),
    text: join(s.text),
    controls,
  }
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length
}
