/**
 * First pass of the TOM parser: source lines → blocks (heading, paragraph, bullet, table row,
 * separator, noise), each with its 1-based line number and the number of source lines it spans.
 * Consecutive plain lines form one paragraph; a line wrapped inside a bullet (as text pasted from
 * Word or PDF is) continues that bullet.
 */
import { addressLineSet } from './address'
import { categorize } from './categorize'
import { findNoise } from './noise'
import type { ImportNote } from '../import/notes'

export type BulletMarker = 'bullet' | 'number' | 'letter' | 'checked' | 'unchecked'

export type Block =
  | { kind: 'markdown-heading'; line: number; span: number; text: string; level: number }
  | {
      kind: 'paragraph'
      line: number
      span: number
      text: string
      lines: number
      address?: boolean
    }
  | {
      kind: 'bullet'
      line: number
      span: number
      text: string
      depth: number
      marker: BulletMarker
      label?: string
    }
  | { kind: 'row'; line: number; span: number; cells: string[] }
  | { kind: 'separator'; line: number; span: number; text: string }
  | { kind: 'noise'; line: number; span: number; text: string; reason: ImportNote }

const MD_HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const SETEXT = /^ {0,3}(=+|-+)\s*$/
/** Bullet glyphs as Markdown, Word and PDF write them; "o" and "" are Word's Symbol-font bullets. */
const BULLET =
  /^(\s*)(?:[-*+•–—▪◦·●■►➢➤✓✔→]|o(?=\s)|\uF0B7|\uF0A7)\s+(.*)$|^(\s*)(?:[•▪◦●■►➢➤✓✔\uF0B7\uF0A7])(\S.*)$/
const CHECKBOX = /^(\s*)(?:[-*]\s+)?(\[[ xX]\]|[☒☑☐□✗✘])\s+(.*)$/
const NUMBERED_ITEM = /^(\s*)(\d{1,3})[.)]\s+(.*)$/
/** "a)", "(b)", "c.", "(iv)", "ii)". Single letters and lowercase roman numerals. */
const LETTERED_ITEM = /^(\s*)\(?([a-z]|[ivx]{1,4})\)\s+(.*)$|^(\s*)([a-z])\.\s+(.*)$/
/** An item that stops mid-phrase ("… auf Servern und") continues on the next line. */
const DANGLING_END =
  /(?:^|\s)(?:der|die|das|des|dem|den|und|oder|zur|zum|von|mit|für|bei|im|in|an|auf|aus|nach|über|the|of|and|or|to|a|an|for|with|by|on|at|from)$|[-,(/]$/i
/** "z. B.", "d. h.", "u. a." open sentences, not lettered lists. */
const ABBREVIATION = /^\s*[a-z]\.\s?[a-z]\./i
const SEPARATOR = /^[\s\t]*[-=_*]{3,}[-=_*\s\t]*$/
const PIPE_ROW = /^\s*\|(.*)\|\s*$/
const PIPE_ALIGNMENT = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/

/** Removes Markdown emphasis that wraps a whole line or marks bold labels ("**Anonymisiert:**"). */
export function stripEmphasis(text: string): string {
  let t = text.replace(/\*\*([^*]+?)\*\*/g, '$1').replace(/__([^_]+?)__/g, '$1')
  const italic = /^\*([^*].*?)\*$/s.exec(t) ?? /^_([^_].*?)_$/s.exec(t)
  if (italic) t = italic[1]!
  return t.replace(/\*\*/g, '').trim()
}

const indentOf = (spaces: string) => spaces.replace(/\t/g, '    ').length

/** Nesting depth from indentation: 0 at the margin, one level per 2–4 spaces. */
function depthOf(indent: number, stack: number[]): number {
  while (stack.length > 0 && stack[stack.length - 1]! > indent) stack.pop()
  if (stack.length === 0 || stack[stack.length - 1]! < indent) stack.push(indent)
  return Math.min(stack.length - 1, 5)
}

/** A line that stands as a heading even when the text below follows without a blank line. */
function isStandaloneHeading(line: string): boolean {
  const t = stripEmphasis(line.trim())
  if (t.length > 120 || /[.;,!?]$/.test(t)) return false
  const numbered =
    /^(?:[IVX]{1,5}\.|[A-H]\.|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.?[a-z][.)]|\d{1,2}\.)\s+(\p{Lu}.*)$/u.exec(
      t,
    )
  if (numbered)
    return (
      !numbered[1]!.endsWith(':') &&
      (categorize(numbered[1]!, { strict: true }).keys.length > 0 ||
        numbered[1]!.split(/\s+/).length <= 8)
    )
  return (
    /^\p{Lu}/u.test(t) &&
    t.split(/\s+/).length <= 6 &&
    !t.endsWith(':') &&
    categorize(t, { strict: true }).keys.length > 0
  )
}

export function toBlocks(source: string): Block[] {
  const lines = source.split('\n')
  const reader = new BlockReader(lines)
  lines.forEach((raw, i) => reader.read(raw.replace(/\s+$/, ''), i))
  reader.flush()
  return markAddresses(markNumberedLists(reader.blocks, lines), lines)
}

type LineStep = (line: string, i: number) => boolean

/** The state of one pass over the lines: blocks so far, the open paragraph, the list indents. */
class BlockReader {
  readonly blocks: Block[] = []
  private readonly noise: Map<number, ImportNote>
  private readonly listIndents: number[] = []
  private paragraph: { start: number; lines: string[] } | null = null
  /** Tried in order; the first that takes the line ends it. */
  private readonly steps: LineStep[] = [
    (line) => this.blank(line),
    (line, i) => this.noiseLine(line, i),
    (line) => this.setextHeading(line),
    (line, i) => this.separator(line, i + 1),
    (line, i) => this.markdownHeading(line, i + 1),
    (line, i) => this.pipeRow(line, i + 1),
    (line, i) => this.listItem(line, i + 1),
    (line, i) => this.tabRow(line, i + 1),
    (line, i) => this.bulletContinuation(line, i),
    (line, i) => this.standaloneHeading(line, i + 1),
  ]

  constructor(private readonly lines: string[]) {
    this.noise = findNoise(lines)
  }

  read(line: string, i: number): void {
    if (this.steps.some((step) => step(line, i))) return
    // A numbered line starts a block of its own: a list item or a heading, never mid-paragraph.
    if (NUMBERED_ITEM.test(line)) this.flush()
    if (this.paragraph) this.paragraph.lines.push(line)
    else this.paragraph = { start: i + 1, lines: [line] }
  }

  flush(): void {
    const paragraph = this.paragraph
    if (!paragraph) return
    const text = stripEmphasis(paragraph.lines.map((l) => l.trim()).join('\n'))
    if (text)
      this.blocks.push({
        kind: 'paragraph',
        line: paragraph.start,
        span: paragraph.lines.length,
        text,
        lines: paragraph.lines.length,
      })
    this.paragraph = null
  }

  /** Ends the open paragraph and adds a block; true, so that a step can return it. */
  private add(block: Block): true {
    this.flush()
    this.blocks.push(block)
    return true
  }

  private blank(line: string): boolean {
    if (line.trim() !== '') return false
    this.flush()
    return true
  }

  private noiseLine(line: string, i: number): boolean {
    const reason = this.noise.get(i)
    return !!reason && this.add({ kind: 'noise', line: i + 1, span: 1, text: line.trim(), reason })
  }

  /** Setext heading: the paragraph line above becomes a heading ("Titel\n====="). */
  private setextHeading(line: string): boolean {
    const setext = SETEXT.exec(line)
    const paragraph = this.paragraph
    if (!setext || !paragraph || paragraph.lines.length !== 1) return false
    this.blocks.push({
      kind: 'markdown-heading',
      line: paragraph.start,
      span: 2,
      text: stripEmphasis(paragraph.lines[0]!.trim()),
      level: setext[1]!.startsWith('=') ? 1 : 2,
    })
    this.paragraph = null
    return true
  }

  private separator(line: string, n: number): boolean {
    if (!SEPARATOR.test(line) && !(PIPE_ALIGNMENT.test(line) && line.includes('|'))) return false
    return this.add({ kind: 'separator', line: n, span: 1, text: line })
  }

  private markdownHeading(line: string, n: number): boolean {
    const heading = MD_HEADING.exec(line)
    if (!heading) return false
    const text = stripEmphasis(heading[2]!)
    return this.add({ kind: 'markdown-heading', line: n, span: 1, text, level: heading[1]!.length })
  }

  private pipeRow(line: string, n: number): boolean {
    const pipe = PIPE_ROW.exec(line)
    if (!pipe) return false
    const cells = pipe[1]!.split(/(?<!\\)\|/).map((c) => stripEmphasis(c.replace(/\\\|/g, '|')))
    if (cells.some((c) => c !== ''))
      return this.add({ kind: 'row', line: n, span: 1, cells: cells.map((c) => c || '—') })
    return this.add({ kind: 'separator', line: n, span: 1, text: line })
  }

  private listItem(line: string, n: number): boolean {
    const checkbox = CHECKBOX.exec(line)
    if (checkbox) {
      const checked = /[xX☒☑✗✘]/.test(checkbox[2]!)
      return this.bullet(n, checkbox[1]!, checkbox[3]!, checked ? 'checked' : 'unchecked')
    }
    const bullet = BULLET.exec(line)
    // Glyph bullets pasted from PDF often lose the space after them ("•Firewall").
    if (bullet) return this.bullet(n, bullet[1] ?? bullet[3]!, bullet[2] ?? bullet[4]!, 'bullet')
    const numbered = NUMBERED_ITEM.exec(line)
    // "1) Text" is always a list item; "1. Text" only within a run of list items (see below).
    if (numbered && line.trimStart().startsWith(`${numbered[2]})`))
      return this.bullet(n, numbered[1]!, numbered[3]!, 'number', numbered[2])
    const lettered = ABBREVIATION.test(line) ? null : LETTERED_ITEM.exec(line)
    if (!lettered) return false
    const [indent, label, text] = lettered[2]
      ? [lettered[1]!, lettered[2], lettered[3]!]
      : [lettered[4]!, lettered[5]!, lettered[6]!]
    return this.bullet(n, indent, text, 'letter', label)
  }

  private bullet(n: number, indent: string, text: string, marker: BulletMarker, label?: string) {
    return this.add({
      kind: 'bullet',
      line: n,
      span: 1,
      text: stripEmphasis(text),
      depth: depthOf(indentOf(indent), this.listIndents),
      marker,
      ...(label ? { label } : {}),
    })
  }

  private tabRow(line: string, n: number): boolean {
    if (!line.includes('\t')) return false
    // An empty first cell keeps its place ("\tEmpfang besetzt" belongs to the second column).
    const split = line.split('\t').map((c) => stripEmphasis(c))
    const cells =
      split[0] === '' && split.filter(Boolean).length >= 1 && split.length >= 2
        ? ['—', ...split.slice(1).filter((c) => c !== '')]
        : split.filter((c) => c !== '')
    return cells.length >= 2 && this.add({ kind: 'row', line: n, span: 1, cells })
  }

  /** A wrapped bullet: the line continues the item above (indented, or the item is unfinished). */
  private bulletContinuation(line: string, i: number): boolean {
    const previous = this.blocks[this.blocks.length - 1]
    if (
      this.paragraph ||
      previous?.kind !== 'bullet' ||
      this.lines[i - 1]?.trim() === '' ||
      isStandaloneHeading(line) ||
      line.trim().endsWith(':')
    )
      return false
    if (!/^\s+\S/.test(line) && !/^\p{Ll}/u.test(line.trim()) && !DANGLING_END.test(previous.text))
      return false
    previous.text = `${previous.text} ${stripEmphasis(line.trim())}`.trim()
    previous.span++
    return true
  }

  private standaloneHeading(line: string, n: number): boolean {
    const open = this.paragraph?.lines
    if (!isStandaloneHeading(line) || (open && !/[.:;!?]$/.test(open[open.length - 1]!.trim())))
      return false
    this.flush()
    this.paragraph = { start: n, lines: [line] }
    this.flush()
    return true
  }
}

/** Paragraphs whose every line belongs to an address block (names, street, postcode, e-mail). */
function markAddresses(blocks: Block[], lines: string[]): Block[] {
  const address = addressLineSet(lines)
  if (address.size === 0) return blocks
  return blocks.map((b) => {
    if (b.kind !== 'paragraph') return b
    for (let k = b.line - 1; k < b.line - 1 + b.span; k++)
      if (lines[k]!.trim() !== '' && !address.has(k)) return b
    return { ...b, address: true }
  })
}

/**
 * "1. Text" lines in a run without blank lines between them ("1. Firewall\n2. Virenschutz") are a
 * numbered list — measures, not section headings. Headings stand apart from their neighbours.
 */
function markNumberedLists(blocks: Block[], lines: string[]): Block[] {
  const itemOf = (b: Block | undefined) => {
    if (b?.kind !== 'paragraph') return null
    const m = /^(\d{1,3})\.\s+(.*)$/s.exec(b.text)
    return m ? { n: Number(m[1]), text: m[2]! } : null
  }
  const adjacent = (a: Block, b: Block) =>
    b.line === a.line + a.span && lines[a.line + a.span - 2]?.trim() !== ''
  const out = [...blocks]
  for (let i = 0; i < out.length; i++) {
    const first = itemOf(out[i])
    if (!first) continue
    let j = i
    while (
      j + 1 < out.length &&
      itemOf(out[j + 1]) &&
      adjacent(out[j]!, out[j + 1]!) &&
      itemOf(out[j + 1])!.n === itemOf(out[j])!.n + 1
    )
      j++
    if (j === i) continue
    for (let k = i; k <= j; k++) {
      const b = out[k]!
      const item = itemOf(b)!
      out[k] = {
        kind: 'bullet',
        line: b.line,
        span: b.span,
        text: item.text.replace(/\s*\n\s*/g, ' '),
        depth: 0,
        marker: 'number',
        label: String(item.n),
      }
    }
    i = j
  }
  return out
}
