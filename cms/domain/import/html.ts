import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser'

/**
 * HTML (a saved web page, or what mammoth makes of a .docx) → the Markdown-like text the TOM
 * parser reads: h1–h6 as "#" headings, lists as indented "-" items, paragraphs separated by blank
 * lines, tables as "| a | b |" rows with list items inside a cell joined by "<br>". `lineOf`
 * maps each output line (1-based) to the source line it came from, so warnings point into the
 * original file.
 */
export interface HtmlText {
  text: string
  lineOf: (line: number) => number
}

const SKIP = new Set(['script', 'style', 'head', 'noscript', 'svg', 'title', 'meta', 'link'])
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'pre',
  'form',
  'fieldset',
  'figure',
  'address',
  'body',
  'html',
  'hr',
])

const MAX_NESTING = 64
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * A saved web page's chrome: its navigation and breadcrumbs, and the site footer outside the
 * article (copyright, imprint links) — never a title, preamble or measure.
 */
function skipped(el: HTMLElement): boolean {
  const tag = el.tagName?.toLowerCase() ?? ''
  if (SKIP.has(tag) || tag === 'nav') return true
  const role = el.getAttribute?.('role') ?? ''
  const names = `${el.getAttribute?.('id') ?? ''} ${el.getAttribute?.('class') ?? ''}`
  if (role === 'navigation' || /breadcrumb/i.test(names)) return true
  // Confluence and CMS exports: <div id="footer" role="contentinfo">.
  const footer =
    tag === 'footer' || role === 'contentinfo' || /(?:^|[\s_-])footer(?:$|[\s_-])/i.test(names)
  return footer && el.closest?.('main, article') === null
}

/** An item's first child when it is the paragraph holding the item's text. */
function leadingParagraph(li: HTMLElement): HTMLElement | undefined {
  const first = li.childNodes.find((c) => c.nodeType === NodeType.ELEMENT_NODE || c.text.trim())
  return first?.nodeType === NodeType.ELEMENT_NODE &&
    /^(?:p|div)$/i.test((first as HTMLElement).tagName)
    ? (first as HTMLElement)
    : undefined
}

/** Text and elements below a node, without recursion: hostile markup nests thousands deep. */
function* descendants(root: Node): Generator<Node> {
  const stack: Node[] = [...root.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    yield node
    if (node.nodeType === NodeType.ELEMENT_NODE && !skipped(node as HTMLElement))
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
  }
}
const textOf = (root: Node) => {
  let text = ''
  for (const node of descendants(root))
    if (node.nodeType === NodeType.TEXT_NODE) text += ` ${node.text}`
  return squash(text)
}
const elementsOf = (root: Node, tag: string) =>
  [...descendants(root)].filter(
    (n) =>
      n.nodeType === NodeType.ELEMENT_NODE && (n as HTMLElement).tagName?.toLowerCase() === tag,
  ) as HTMLElement[]

/** Elements without content, and those a parser closes implicitly: they never deepen the tree. */
const FLAT = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rp',
  'rt',
])
const MAX_DEPTH = 200

/**
 * Drops the tags below depth MAX_DEPTH (keeping their text) in one linear pass: the HTML parser
 * needs time quadratic in the nesting depth, and hostile markup nests hundreds of thousands deep.
 * Tags are replaced by spaces of the same length, so offsets (and line numbers) stay as they were.
 */
export function capNesting(html: string): string {
  let depth = 0
  let capped = false
  const out = html.replace(
    /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g,
    (tag, close: string, name: string, selfClose: string) => {
      const n = name.toLowerCase()
      if (selfClose || FLAT.has(n)) return depth > MAX_DEPTH ? tag.replace(/[^\n]/g, ' ') : tag
      if (close) {
        const drop = depth > MAX_DEPTH
        depth = Math.max(0, depth - 1)
        return drop ? tag.replace(/[^\n]/g, ' ') : tag
      }
      depth++
      if (depth > MAX_DEPTH) {
        capped = true
        return tag.replace(/[^\n]/g, ' ')
      }
      return tag
    },
  )
  return capped ? out : html
}

export interface HtmlOptions {
  /** Keep links as [text](url) and emphasis as *…* / **…** (subprocessor records). */
  markup?: boolean
}

export function htmlToText(source: string, options: HtmlOptions = {}): HtmlText {
  const html = capNesting(source)
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, pre: true },
  })
  const writer = new TextWriter(sourceLines(html), !!options.markup)
  writer.paragraph(root)
  writer.walk(root, 0)
  return writer.finish()
}

/** The 1-based source line of an offset into `html`. */
function sourceLines(html: string): (offset: number) => number {
  const lineStarts = [0]
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) lineStarts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

/** The inline text of an element, leaving out nested blocks (which are walked separately). */
function inline(el: HTMLElement, markup: boolean, nesting = 0): string[] {
  if (nesting > MAX_NESTING) return [textOf(el)].filter(Boolean)
  const lines: string[] = ['']
  for (const child of el.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) lines[lines.length - 1] += child.text
    else if (child.nodeType === NodeType.ELEMENT_NODE) {
      const tag = (child as HTMLElement).tagName?.toLowerCase() ?? ''
      if (SKIP.has(tag) || BLOCK.has(tag)) continue
      // A footnote reference ("<sup>2</sup>") is no part of the text it marks.
      if (tag === 'sup' && /^\s*[\d*†]{1,3}\s*$/.test(textOf(child))) continue
      if (tag === 'br') lines.push('')
      else lines[lines.length - 1] += inlineElement(child as HTMLElement, tag, markup, nesting)
    }
  }
  return lines.map(squash).filter(Boolean)
}

/** An inline element's text; with `markup`, links and emphasis as Markdown. */
function inlineElement(el: HTMLElement, tag: string, markup: boolean, nesting: number): string {
  const inner = inline(el, markup, nesting + 1).join(' ')
  const href = tag === 'a' ? el.getAttribute('href') : undefined
  // For lists of records (subprocessors) links and emphasis carry meaning: keep them as Markdown.
  if (!markup || !inner) return inner
  if (href && /^(?:https?:|mailto:)/i.test(href)) return `[${inner}](${href})`
  if (/^(?:em|i)$/.test(tag)) return `*${inner}*`
  if (/^(?:strong|b)$/.test(tag)) return `**${inner}**`
  return inner
}

const isBold = (el: HTMLElement) => {
  const elements = el.childNodes.filter(
    (c) => c.nodeType === NodeType.ELEMENT_NODE,
  ) as HTMLElement[]
  return (
    elements.length === 1 &&
    /^(strong|b)$/i.test(elements[0]!.tagName) &&
    textOf(elements[0]!) === textOf(el)
  )
}

/** Inline content that is one bold element only (nested blocks aside). */
const isBoldLabel = (el: HTMLElement) => {
  const inlineElements = el.childNodes.filter(
    (c) =>
      c.nodeType === NodeType.ELEMENT_NODE &&
      !BLOCK.has((c as HTMLElement).tagName?.toLowerCase() ?? ''),
  ) as HTMLElement[]
  return (
    inlineElements.length === 1 &&
    /^(strong|b)$/i.test(inlineElements[0]!.tagName) &&
    squash(inline(el, false).join(' ')) === textOf(inlineElements[0]!)
  )
}

/** "<li><strong>Measures for …</strong><ul>…</ul></li>": a heading written as a list item. */
const isLabelItem = (li: HTMLElement) =>
  isBoldLabel(li) &&
  li.childNodes.some(
    (c) =>
      c.nodeType === NodeType.ELEMENT_NODE &&
      /^(?:ul|ol|p|div|table)$/i.test((c as HTMLElement).tagName),
  )

function cellText(cell: HTMLElement, markup: boolean): string {
  const items = elementsOf(cell, 'li').map(textOf)
  // Word (through mammoth) puts every cell's text in paragraphs: one line each.
  const paragraphs =
    items.length > 0
      ? []
      : elementsOf(cell, 'p')
          .map((p) => squash(inline(p, markup).join(' ')))
          .filter(Boolean)
  const parts = items.length > 0 ? items : paragraphs.length > 0 ? paragraphs : inline(cell, markup)
  return parts.join(' <br> ').replace(/\|/g, '\\|') || '—'
}

/** The output lines of one conversion, each with the source line it came from. */
class TextWriter {
  private readonly out: string[] = []
  private readonly map: number[] = []

  constructor(
    private readonly sourceLine: (offset: number) => number,
    private readonly markup: boolean,
  ) {}

  finish(): HtmlText {
    while (this.out[this.out.length - 1] === '') {
      this.out.pop()
      this.map.pop()
    }
    const map = this.map
    return { text: `${this.out.join('\n')}\n`, lineOf: (line) => map[line - 1] ?? 1 }
  }

  private emit(line: string, node: Node) {
    this.out.push(line)
    this.map.push(this.sourceLine(node.range?.[0] ?? 0))
  }

  private blank(node: Node) {
    if (this.out.length > 0 && this.out[this.out.length - 1] !== '') this.emit('', node)
  }

  /** A container's own text (between its block children) as one paragraph. */
  paragraph(node: HTMLElement) {
    const lines = inline(node, this.markup).filter((l) => !l.startsWith('<!'))
    if (lines.length === 0) return
    this.blank(node)
    if (lines.length === 1 && isBold(node) && !this.markup) this.emit(`**${lines[0]}**`, node)
    else for (const line of lines) this.emit(line, node)
    this.blank(node)
  }

  /** Walks the block children of `el`; its inline content has been emitted by the caller. */
  walk(el: HTMLElement, depth: number, nesting = 0, skip?: Node) {
    // Real documents nest a few levels; beyond that (broken or hostile markup) keep the text flat.
    if (nesting > MAX_NESTING) {
      const text = textOf(el)
      if (text) this.emit(text, el)
      return
    }
    for (const child of el.childNodes) {
      if (child.nodeType !== NodeType.ELEMENT_NODE || child === skip) continue
      if (!skipped(child as HTMLElement)) this.element(child as HTMLElement, depth, nesting)
    }
  }

  private element(node: HTMLElement, depth: number, nesting: number) {
    const tag = node.tagName?.toLowerCase() ?? ''
    // Inline or unknown elements (components of a template: <Layout>, <b-card>) may wrap blocks.
    if (!BLOCK.has(tag)) return this.walk(node, depth, nesting + 1)
    if (/^h[1-6]$/.test(tag)) return this.heading(node, Number(tag[1]))
    if (tag === 'ul' || tag === 'ol') return this.list(node, depth, nesting)
    if (tag === 'li' && !this.markup && isLabelItem(node))
      return this.labelItem(node, depth, nesting)
    if (tag === 'li') return this.item(node, depth, nesting)
    if (tag === 'table') return this.table(node)
    if (tag === 'dt' && this.markup) return this.term(node)
    if (tag === 'hr') return this.blank(node)
    this.paragraph(node)
    this.walk(node, depth, nesting + 1)
  }

  private heading(node: HTMLElement, level: number) {
    const heading = this.markup ? squash(inline(node, true).join(' ')) : textOf(node)
    if (!heading) return
    this.blank(node)
    this.emit(`${'#'.repeat(level)} ${heading}`, node)
    this.blank(node)
  }

  private list(node: HTMLElement, depth: number, nesting: number) {
    if (depth === 0) this.blank(node)
    // Broken markup leaves text directly in a list ("<ul>text</ul>"): keep it.
    this.paragraph(node)
    this.walk(node, depth + 1, nesting + 1)
    if (depth === 0) this.blank(node)
  }

  private labelItem(node: HTMLElement, depth: number, nesting: number) {
    const [label = ''] = inline(node, this.markup)
    this.blank(node)
    this.emit(`**${label}**`, node)
    this.blank(node)
    this.walk(node, Math.max(depth - 1, 0), nesting + 1)
  }

  private item(node: HTMLElement, depth: number, nesting: number) {
    // Confluence and rich editors wrap an item's text in a paragraph: "<li><p>Text</p></li>".
    const lead =
      squash(inline(node, this.markup).join(' ')) === '' ? leadingParagraph(node) : undefined
    const [first = '', ...more] = inline(lead ?? node, this.markup)
    const indent = '  '.repeat(Math.max(depth - 1, 0))
    if (first) this.emit(`${indent}- ${first}`, node)
    for (const line of more) this.emit(`${indent}  ${line}`, node)
    this.walk(node, depth, nesting + 1, lead)
  }

  private table(node: HTMLElement) {
    this.blank(node)
    for (const row of elementsOf(node, 'tr')) {
      const cells = row.childNodes.filter(
        (c) => c.nodeType === NodeType.ELEMENT_NODE && /^t[dh]$/i.test((c as HTMLElement).tagName),
      ) as HTMLElement[]
      if (cells.length > 0)
        this.emit(`| ${cells.map((c) => cellText(c, this.markup)).join(' | ')} |`, row)
    }
    this.blank(node)
  }

  /** A definition list of records: the term is the name. */
  private term(node: HTMLElement) {
    const term = squash(inline(node, true).join(' '))
    if (!term) return
    this.blank(node)
    this.emit(`**${term.replace(/\*\*/g, '')}**`, node)
  }
}
