import type { ParseWarning, UnparsedLine } from '../tom-schema'
import type { Block } from './blocks'
import { categorize, isSentenceHeading } from './categorize'
import { findLabelledDate, placeDate } from './dates'
import { type ControlDraft, type GroupDraft, rowText, type SectionDraft } from './drafts'
import {
  isLabelledControl,
  isScopeLabel,
  looksLikeUnnumberedHeading,
  splitHeading,
} from './headings'
import { asPhraseList } from './prose'
import { emptyLineCounts, type LineKind } from './report'
import {
  asLineList,
  EMAIL,
  INTRODUCTION,
  MEASURE_KIND_COLUMN,
  NO_ANSWER,
  numberAndBasis,
  withLabel,
  YES_ANSWER,
} from './shapes'
import type { Structure } from './structure'
import { note } from '../import/notes'

const SALUTATION = /^(?:hallo|hi|hello|dear|liebe[rs]?|sehr geehrte[rs]?|guten tag)\b/i

type TextBlock = Extract<Block, { kind: 'paragraph' | 'markdown-heading' }>
type Bullet = Extract<Block, { kind: 'bullet' }>
type Row = Extract<Block, { kind: 'row' }>
type Container = GroupDraft | ControlDraft

/**
 * Second pass of the TOM parser: the blocks in order, each placed into the document being
 * assembled. The state is where the reading is (the open section, control and scope group;
 * whether the closing has begun); `feed` decides by position first (before the structure, in
 * the closing), then by heading, then hands the block to the handler of its kind.
 */
export class TomParser {
  readonly warnings: ParseWarning[] = []
  readonly skipped: ParseWarning[] = []
  readonly unparsed: UnparsedLine[] = []
  readonly lineKinds = emptyLineCounts()
  readonly preamble: string[] = []
  readonly closing: string[] = []
  readonly sections: SectionDraft[] = []
  readonly measureLines = new WeakMap<object, number>()
  title: string | undefined
  effectiveDate: string | null = null
  private section: SectionDraft | undefined
  private control: ControlDraft | undefined
  private group: GroupDraft | undefined
  private closingStarted = false

  constructor(
    private readonly blocks: Block[],
    private readonly structure: Structure,
    /** The title the file states elsewhere (front matter), if any. */
    private readonly givenTitle?: string,
  ) {
    this.title = givenTitle
  }

  /** Remembers a measure's source line for the editor's preview. */
  readonly at = <T extends object>(measure: T, line: number): T => {
    this.measureLines.set(measure, line)
    return measure
  }

  feed(block: Block, i: number): void {
    const dateHere =
      block.kind === 'paragraph' || block.kind === 'markdown-heading' || block.kind === 'bullet'
        ? findLabelledDate(block.text)
        : null
    if (dateHere && !this.effectiveDate) this.effectiveDate = dateHere
    if (this.skipWithoutContent(block)) return
    if (block.kind === 'paragraph' && block.address) return this.address(block, i)
    if (block.kind === 'separator' || block.kind === 'noise') return
    if (i < this.structure.firstSection) return this.beforeStructure(block, dateHere)
    if (this.closingStarted) return this.addTo(this.closing, block, dateHere)
    if (block.kind === 'paragraph' && this.startsClosing(block)) return
    // Only a heading opens the structure; anything before the first one belongs to the preamble.
    if (!this.section && !this.structure.levels[i])
      return this.addTo(this.preamble, block, dateHere)
    if (this.heading(block, i)) return
    if (block.kind === 'row') return this.row(block, i)
    if (block.kind === 'bullet') return this.bullet(block, i)
    return this.paragraph(block, i, dateHere)
  }

  private account(kind: LineKind, block: Block) {
    this.lineKinds[kind] += block.span
  }

  private textKind(text: string, date: string | null): LineKind {
    return date || EMAIL.test(text) ? 'metadata' : 'text'
  }

  private container(): Container | undefined {
    return this.group ?? this.control
  }

  /** The open control, or an implicit one named after its section for content without a heading. */
  private ensureControl(line: number): ControlDraft {
    if (this.control) return this.control
    const section = this.section!
    this.control = {
      heading: section.heading,
      line,
      implicit: true,
      text: [],
      measures: [],
      note: [],
      groups: [],
    }
    section.controls.push(this.control)
    return this.control
  }

  private openGroup(line: number, group: GroupDraft) {
    this.ensureControl(line).groups.push(group)
    this.group = group
  }

  /** Separators, noise, empty items and unticked checkboxes: accounted for, never content. */
  private skipWithoutContent(block: Block): boolean {
    if (block.kind === 'separator' || block.kind === 'noise')
      this.skipped.push({
        line: block.line,
        ...(block.kind === 'noise' ? block.reason : note('separatorLine')),
      })
    else if (block.kind === 'bullet' && block.text === '')
      this.skipped.push({ line: block.line, ...note('emptyListItem') })
    else if (block.kind === 'bullet' && block.marker === 'unchecked') {
      this.unparsed.push({
        line: block.line,
        text: block.text,
        ...note('uncheckedBox'),
      })
      this.account('unparsed', block)
      return true
    } else return false
    this.account('skipped', block)
    return true
  }

  /** An address (of the controller, processor or DPO) is metadata wherever it stands. */
  private address(block: TextBlock, i: number) {
    const into =
      i < this.structure.firstSection || !this.section
        ? this.preamble
        : this.closingStarted
          ? this.closing
          : null
    if (into) into.push(block.text)
    else {
      const target: { text: string[]; textSpans?: (number | null)[]; textLines?: number[] } =
        this.container() ?? this.section!
      target.text.push(block.text)
      if ('groups' in target || 'controls' in target) {
        ;(target.textSpans ??= []).push(null)
        ;(target.textLines ??= []).push(block.line)
      }
    }
    this.account('metadata', block)
  }

  /** Before the first section: the title (the first heading-like line), then the preamble. */
  private beforeStructure(
    block: Exclude<Block, { kind: 'separator' | 'noise' }>,
    date: string | null,
  ) {
    const content = block.kind === 'row' ? rowText(block.cells) : block.text
    const given = this.givenTitle
    const repeatsTitle =
      given !== undefined &&
      content.replace(/\n/g, ' ').trim().toLowerCase() === given.toLowerCase()
    // A sentence ("This annex describes …") or a letter's salutation ("Hallo Frau Schneider,") is
    // no title, though it may come first.
    const sentence =
      (block.kind === 'paragraph' &&
        /[.!?]$/.test(content.trim()) &&
        content.split(/\s+/).length > 5) ||
      /[,:]$/.test(content.trim()) ||
      /^\p{Ll}/u.test(content.trim()) ||
      SALUTATION.test(content)
    const titleLike = block.kind === 'markdown-heading' || block.kind === 'paragraph'
    if (repeatsTitle || (!this.title && !date && !sentence && titleLike)) {
      this.title ??= content.replace(/\n/g, ' ')
      this.account('heading', block)
    } else this.addTo(this.preamble, block, date)
  }

  private addTo(
    paragraphs: string[],
    block: Exclude<Block, { kind: 'separator' | 'noise' }>,
    date: string | null,
  ) {
    const content = block.kind === 'row' ? rowText(block.cells) : block.text
    paragraphs.push(content)
    this.account(this.textKind(content, date), block)
  }

  /** A dated place line ("Berlin, 1. März 2025") ends the structure: the closing begins. */
  private startsClosing(block: Extract<Block, { kind: 'paragraph' }>): boolean {
    const date = placeDate(block.text)
    if (!date) return false
    this.closingStarted = true
    this.effectiveDate ??= date
    this.closing.push(block.text)
    this.account('metadata', block)
    return true
  }

  /** Opens a section, control or scope group when the block is a heading of one. */
  private heading(block: Exclude<Block, { kind: 'separator' | 'noise' }>, i: number): boolean {
    const level = this.structure.levels[i]
    const headingText =
      block.kind === 'row'
        ? ''
        : isLabelledControl(block.text) || isSentenceHeading(block.text)
          ? block.text.replace(/\s*:$/, '')
          : block.text
    const parts = level ? withLabel(splitHeading(headingText), block) : null
    if (parts && (level === 'section' || !this.section)) {
      this.section = {
        heading: parts.title,
        line: block.line,
        text: [],
        controls: [],
        ...numberAndBasis(parts),
      }
      this.sections.push(this.section)
      this.control = this.group = undefined
      this.account('heading', block)
      return true
    }
    if ((parts && level === 'control') || (!level && this.isUnnumberedControl(block, i))) {
      const p = parts ?? splitHeading(headingText)
      this.control = {
        heading: p.title,
        line: block.line,
        text: [],
        measures: [],
        note: [],
        groups: [],
        ...numberAndBasis(p),
      }
      this.section!.controls.push(this.control)
      this.group = undefined
      this.account('heading', block)
      return true
    }
    if (parts && level === 'group') {
      this.openGroup(block.line, {
        label: parts.title,
        text: [],
        measures: [],
        note: [],
        ...numberAndBasis(parts),
      })
      this.account('group', block)
      return true
    }
    return false
  }

  /** A heading without a number inside a section ("Zutrittskontrolle:", "## Backups"). */
  private isUnnumberedControl(block: Block, i: number): boolean {
    if (this.section === undefined) return false
    if (block.kind === 'markdown-heading') return true
    if (block.kind !== 'paragraph') return false
    const next = this.blocks[i + 1]
    return (
      isLabelledControl(block.text) ||
      isSentenceHeading(block.text) ||
      (looksLikeUnnumberedHeading(block.text) &&
        next !== undefined &&
        next.kind !== 'markdown-heading' &&
        !this.isContentOfOpenControl(block.text))
    )
  }

  /**
   * A short line right under a control heading that names no category is that control's content
   * ("Zutrittskontrolle" + "Alarmanlage, Chipkarten"), not a heading of its own.
   */
  private isContentOfOpenControl(text: string): boolean {
    const c = this.control
    return (
      asPhraseList(text) !== null ||
      (c !== undefined &&
        !c.implicit &&
        c.measures.length === 0 &&
        c.text.length === 0 &&
        c.groups.length === 0 &&
        categorize(text, { strict: true }).keys.length === 0)
    )
  }

  /** A paragraph: a scope label, a list of items, or text (a note once measures came before). */
  private paragraph(block: TextBlock, i: number, date: string | null) {
    const target = this.container()
    const section = this.section!
    if (!target) {
      section.text.push(block.text)
      const kind = this.textKind(block.text, date)
      ;(section.textSpans ??= []).push(kind === 'text' ? block.span : null)
      ;(section.textLines ??= []).push(block.line)
      return this.account(kind, block)
    }
    if (this.startsScopeGroup(block, i, target)) {
      this.openGroup(block.line, {
        label: block.text.replace(/:$/, ''),
        text: [],
        measures: [],
        note: [],
      })
      return this.account('group', block)
    }
    const items = block.kind === 'paragraph' ? asLineList(block.text) : null
    const phrases = items || block.kind !== 'paragraph' ? null : asPhraseList(block.text)
    if ((items || phrases) && target.note.length === 0) {
      target.measures.push(
        ...(items ?? phrases)!.map((t, k) => this.at({ text: t }, block.line + (items ? k : 0))),
      )
      return this.account('measure', block)
    }
    const kind = this.textKind(block.text, date)
    if (target.measures.length > 0) target.note.push(block.text)
    else {
      target.text.push(block.text)
      if ('groups' in target) {
        ;(target.textSpans ??= []).push(kind === 'text' ? block.span : null)
        ;(target.textLines ??= []).push(block.line)
      }
    }
    this.account(kind, block)
  }

  /** "Serverraum:" over a list, or a scope label ("Für alle Standorte"), starts a scope group. */
  private startsScopeGroup(block: TextBlock, i: number, target: Container): boolean {
    const next = this.blocks[i + 1]
    const labelsList =
      block.text.endsWith(':') &&
      !block.text.includes('\n') &&
      block.text.split(/\s+/).length <= 6 &&
      next?.kind === 'bullet' &&
      next.line <= block.line + block.span + 1
    const nounLabel = block.text.split(/\s+/).length <= 3 && !INTRODUCTION.test(block.text)
    const hasLabel = block.text.replace(/:$/, '').trim() !== ''
    return (
      hasLabel &&
      (isScopeLabel(block.text) ||
        (block.text.endsWith(':') && target.measures.length > 0) ||
        (labelsList && (nounLabel || this.group !== undefined)))
    )
  }

  /** A bullet is a measure, unless "- Serverraum:" with indented items below labels a group. */
  private bullet(block: Bullet, i: number) {
    const next = this.blocks[i + 1]
    if (
      block.depth === 0 &&
      block.text.endsWith(':') &&
      block.text.length > 1 &&
      next?.kind === 'bullet' &&
      next.depth > 0
    ) {
      const label = block.text.replace(/:$/, '')
      this.openGroup(block.line, { label, text: [], measures: [], note: [], fromBullet: true })
      return this.account('group', block)
    }
    if (block.depth === 0 && this.group?.fromBullet) this.group = undefined
    this.measureTarget(block).measures.push(this.at({ text: block.text }, block.line))
  }

  /** Where a measure goes; warns when a closing paragraph of that container came before it. */
  private measureTarget(block: Bullet | Row): Container {
    const target = this.container() ?? this.ensureControl(block.line)
    if (target.note.length > 0)
      this.warnings.push({ line: block.line, ...note('measureAfterClosing') })
    this.account('measure', block)
    return target
  }

  /** A table row: a header, a row of a two-column template, a checklist answer, or a measure. */
  private row(block: Row, i: number) {
    const target = this.measureTarget(block)
    if (this.rowIsHeader(block, i, target)) {
      this.lineKinds.measure -= block.span
      if (block.cells.every((c) => MEASURE_KIND_COLUMN.test(c))) {
        // "Technische Maßnahmen | Organisatorische Maßnahmen": each column is a list of its own.
        target.columnGroups = block.cells.map((label) => ({
          label,
          text: [],
          measures: [],
          note: [],
        }))
        if ('groups' in target) target.groups.push(...target.columnGroups)
        return this.account('group', block)
      }
      target.columns = block.cells
      return this.account('heading', block)
    }
    if (target.columnGroups) {
      const into = 'groups' in target ? target.columnGroups : undefined
      block.cells.forEach(
        (cell, k) =>
          cell !== '—' && (into?.[k] ?? target).measures.push(this.at({ text: cell }, block.line)),
      )
      return
    }
    const [first, ...rest] = block.cells
    // Checklists ("Videoüberwachung | nein"): a "no" is an option the document does not claim.
    const answer = rest.length === 1 ? rest[0]!.trim() : ''
    if (NO_ANSWER.test(answer)) {
      this.lineKinds.measure -= block.span
      this.unparsed.push({
        line: block.line,
        text: first!,
        ...note('answeredNo', { answer }),
      })
      return this.account('unparsed', block)
    }
    const measure =
      rest.length && !YES_ANSWER.test(answer)
        ? { text: first!, detail: rest.join(' — ') }
        : { text: first! }
    target.measures.push(this.at(measure, block.line))
  }

  /** The first row of a table (a Markdown table's alignment row "|---|" aside) of short labels. */
  private rowIsHeader(block: Row, i: number, target: Container): boolean {
    const blocks = this.blocks
    const next = blocks[i + 1]?.kind === 'separator' ? blocks[i + 2] : blocks[i + 1]
    const previous = blocks[i - 1]?.kind === 'separator' ? blocks[i - 2] : blocks[i - 1]
    return (
      previous?.kind !== 'row' &&
      next?.kind === 'row' &&
      target.measures.length === 0 &&
      block.cells.every((c) => c.split(/\s+/).length <= 3 && !/[.:]$/.test(c))
    )
  }
}
