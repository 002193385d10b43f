import type { CategoryKey } from '../taxonomy'
import { getCategory } from '../taxonomy'
import type { Control, MeasureGroup, ParseResult, ParseWarning, Section } from '../tom-schema'
import { parseResultSchema } from '../tom-schema'
import { type Block, toBlocks } from './blocks'
import { categorize } from './categorize'
import { findLabelledDate, placeDate } from './dates'
import { ParseError } from './errors'
import { type HeadingParts, isScopeLabel, looksLikeHeadingText, looksLikeUnnumberedHeading, splitHeading } from './headings'

type Level = 'section' | 'control' | 'group'

/** Draft shapes while assembling: text kept as paragraph lists, joined at the end. */
interface GroupDraft { label: string; number?: string; text: string[]; columns?: string[]; measures: MeasureGroup['measures']; note: string[] }
interface ControlDraft extends Omit<GroupDraft, 'label'> { heading: string; legalBasis?: string; line: number; implicit?: boolean; groups: GroupDraft[] }
interface SectionDraft { heading: string; number?: string; legalBasis?: string; line: number; text: string[]; controls: ControlDraft[] }

/**
 * Decides which numbering marks sections, controls and groups in this document: with roman
 * numerals present, "I." is a section, "1." a control and "2.1" a scope group; otherwise "1." is
 * a section, "1.1" a control and "1.1.1" a group. Markdown heading levels are ignored on purpose:
 * real documents mix them ("## 2.2" under "### 2.").
 */
function levelOf(parts: HeadingParts, hasRoman: boolean): Level | null {
  const n = parts.numbering
  if (n.kind === 'roman') return 'section'
  if (n.kind === 'none') return null
  const depth = n.depth + (hasRoman ? 1 : 0)
  return depth === 1 ? 'section' : depth === 2 ? 'control' : 'group'
}

function headingCandidate(block: Block): HeadingParts | null {
  if (block.kind === 'markdown-heading') return splitHeading(block.text)
  if (block.kind !== 'paragraph' || block.lines > 1) return null
  const parts = splitHeading(block.text)
  return parts.numbering.kind !== 'none' && looksLikeHeadingText(parts.title) ? parts : null
}

const join = (paragraphs: string[]) => (paragraphs.length ? paragraphs.join('\n\n') : undefined)

/**
 * Parses the text of a TOM document into the structure of DESIGN §4. Every heading, paragraph,
 * bullet and table row lands in the result exactly once, in order; separator lines are listed in
 * `skipped`. Throws ParseError (with a line number) for input that is not a TOM document.
 */
export function parseTom(source: string): ParseResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') throw new ParseError(1, 'the document is empty')
  const nul = text.indexOf('\u0000')
  if (nul >= 0) throw new ParseError(lineAt(text, nul), 'binary data (NUL byte) — expected a text document')

  const blocks = toBlocks(text)
  const candidates = blocks.map(headingCandidate)
  const hasRoman = candidates.some((c) => c?.numbering.kind === 'roman')
  const firstSection = candidates.findIndex((c) => c !== null && levelOf(c, hasRoman) === 'section')
  if (firstSection < 0) {
    const total = text.replace(/\n+$/, '').split('\n').length
    throw new ParseError(1, `no TOM structure found in lines 1–${total}: expected numbered section headings such as "1. Vertraulichkeit" or "I. Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)"`)
  }

  const warnings: ParseWarning[] = []
  const skipped: ParseWarning[] = []
  const preamble: string[] = []
  const closing: string[] = []
  const sections: SectionDraft[] = []
  let title: string | undefined
  let effectiveDate: string | null = null
  let section: SectionDraft | undefined
  let control: ControlDraft | undefined
  let group: GroupDraft | undefined
  let closingStarted = false

  const ensureControl = (line: number): ControlDraft => {
    if (control) return control
    const s = section!
    control = { heading: s.heading, line, implicit: true, text: [], measures: [], note: [], groups: [] }
    s.controls.push(control)
    return control
  }
  const container = (): GroupDraft | ControlDraft | undefined => group ?? control

  blocks.forEach((block, i) => {
    const dateHere = block.kind === 'paragraph' || block.kind === 'markdown-heading' || block.kind === 'bullet' ? findLabelledDate(block.text) : null
    if (dateHere && !effectiveDate) effectiveDate = dateHere

    if (block.kind === 'separator') {
      skipped.push({ line: block.line, message: 'separator line without content' })
      return
    }
    if (i < firstSection) {
      const content = block.kind === 'row' ? block.cells.join(' — ') : block.text
      if (!title && (block.kind === 'markdown-heading' || block.kind === 'paragraph')) title = content.replace(/\n/g, ' ')
      else preamble.push(content)
      return
    }
    if (closingStarted) {
      closing.push(block.kind === 'row' ? block.cells.join(' — ') : block.text)
      return
    }
    if (block.kind === 'paragraph') {
      const date = placeDate(block.text)
      if (date) {
        closingStarted = true
        effectiveDate ??= date
        closing.push(block.text)
        return
      }
    }

    const parts = candidates[i]
    const level = parts ? levelOf(parts, hasRoman) : null
    const unnumbered = !level && (block.kind === 'markdown-heading' || (block.kind === 'paragraph' && looksLikeUnnumberedHeading(block.text) && blocks[i + 1] !== undefined && blocks[i + 1]!.kind !== 'markdown-heading'))
    if (parts && (level === 'section' || (level === 'control' && !section))) {
      section = { heading: parts.title, line: block.line, text: [], controls: [], ...numberAndBasis(parts) }
      sections.push(section)
      control = group = undefined
      return
    }
    if ((parts && level === 'control') || unnumbered) {
      const p = parts ?? splitHeading(block.kind === 'paragraph' || block.kind === 'markdown-heading' ? block.text : '')
      control = { heading: p.title, line: block.line, text: [], measures: [], note: [], groups: [], ...numberAndBasis(p) }
      section!.controls.push(control)
      group = undefined
      return
    }
    if (parts && level === 'group') {
      const c = ensureControl(block.line)
      group = { label: parts.title, text: [], measures: [], note: [], ...numberAndBasis(parts) }
      c.groups.push(group)
      return
    }

    if (block.kind === 'paragraph' || block.kind === 'markdown-heading') {
      const target = container()
      if (!target) {
        section!.text.push(block.text)
        return
      }
      const startsGroup = isScopeLabel(block.text) || (target.measures.length > 0 && block.text.endsWith(':'))
      if (startsGroup) {
        const c = ensureControl(block.line)
        group = { label: block.text.replace(/:$/, ''), text: [], measures: [], note: [] }
        c.groups.push(group)
        return
      }
      if (target.measures.length > 0) target.note.push(block.text)
      else target.text.push(block.text)
      return
    }

    // Bullets and table rows are measures.
    const target = container() ?? ensureControl(block.line)
    if (target.note.length > 0) warnings.push({ line: block.line, message: 'measure after a closing paragraph; kept with the measures above it' })
    if (block.kind === 'bullet') {
      target.measures.push({ text: block.text })
      return
    }
    const next = blocks[i + 1]
    const previous = blocks[i - 1]
    const isHeader = previous?.kind !== 'row' && next?.kind === 'row' && target.measures.length === 0 && block.cells.every((c) => c.split(/\s+/).length <= 3 && !/[.:]$/.test(c))
    if (isHeader) {
      target.columns = block.cells
      return
    }
    const [first, ...rest] = block.cells
    target.measures.push(rest.length ? { text: first!, detail: rest.join(' — ') } : { text: first! })
  })

  if (!title) {
    title = 'Technische und organisatorische Maßnahmen'
    warnings.push({ line: 1, message: `no document title found; using "${title}"` })
  }

  const result: ParseResult = {
    document: {
      title,
      preamble: join(preamble),
      sections: sections.map((s) => finishSection(s, warnings)),
      closing: join(closing),
      effectiveDate,
    },
    warnings,
    skipped,
  }
  return parseResultSchema.parse(result)
}

function numberAndBasis(parts: HeadingParts): { number?: string; legalBasis?: string } {
  const n = parts.numbering
  return {
    ...(n.kind !== 'none' ? { number: n.value } : {}),
    ...(parts.legalBasis ? { legalBasis: parts.legalBasis } : {}),
  }
}

function place(heading: string, line: number, fallback: CategoryKey | null, warnings: ParseWarning[]): { category: CategoryKey; alsoCovers?: CategoryKey[] } {
  const { keys } = categorize(heading)
  if (keys.length > 0) return { category: keys[0]!, ...(keys.length > 1 ? { alsoCovers: keys.slice(1) } : {}) }
  if (fallback) return { category: fallback }
  warnings.push({ line, message: `heading "${heading}" matches no Art. 32 category; filed under "other"` })
  return { category: 'other' }
}

function finishGroup(g: GroupDraft): MeasureGroup {
  return { label: g.label, ...(g.number ? { number: g.number } : {}), text: join(g.text), columns: g.columns, measures: g.measures, note: join(g.note) }
}

function finishSection(s: SectionDraft, warnings: ParseWarning[]): Section {
  const sectionPlace = place(s.heading, s.line, null, warnings)
  // A control whose heading names no category (e.g. "Snapshot-Technologie") belongs to its
  // section's category when that is a measure category; a group heading is too broad to inherit.
  const inherit = getCategory(sectionPlace.category).kind === 'measure' ? sectionPlace.category : null
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
