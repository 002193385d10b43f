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
  const first = li.childNodes.find(
    (c) => c.nodeType === NodeType.ELEMENT_NODE || (c as unknown as { text: string }).text.trim(),
  )
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
    if (node.nodeType === NodeType.TEXT_NODE)
      text += ` ${(node as unknown as { text: string }).text}`
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

// Long: one pass whose steps share local state; to be split with that state made explicit
// (docs/architecture.md, "Functions that fit a screen").
export function htmlToText(source: string, options: HtmlOptions = {}): HtmlText {
  const html = capNesting(source)
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, pre: true },
  })
  const lineStarts = [0]
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const sourceLine = (offset: number) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  const out: string[] = []
  const map: number[] = []
  const emit = (line: string, node: Node) => {
    out.push(line)
    map.push(sourceLine(node.range?.[0] ?? 0))
  }
  const blank = (node: Node) => {
    if (out.length > 0 && out[out.length - 1] !== '') emit('', node)
  }

  /** The inline text of an element, leaving out nested blocks (which are walked separately). */
  const inline = (el: HTMLElement, nesting = 0): string[] => {
    if (nesting > MAX_NESTING) return [textOf(el)].filter(Boolean)
    const lines: string[] = ['']
    for (const child of el.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE)
        lines[lines.length - 1] += (child as unknown as { text: string }).text
      else if (child.nodeType === NodeType.ELEMENT_NODE) {
        const tag = (child as HTMLElement).tagName?.toLowerCase() ?? ''
        if (SKIP.has(tag) || BLOCK.has(tag)) continue
        // A footnote reference ("<sup>2</sup>") is no part of the text it marks.
        if (tag === 'sup' && /^\s*[\d*†]{1,3}\s*$/.test(textOf(child))) continue
        if (tag === 'br') {
          lines.push('')
          continue
        }
        const inner = inline(child as HTMLElement, nesting + 1).join(' ')
        const href = tag === 'a' ? (child as HTMLElement).getAttribute('href') : undefined
        // For lists of records (subprocessors) links and emphasis carry meaning: keep them as Markdown.
        if (options.markup && href && /^(?:https?:|mailto:)/i.test(href) && inner)
          lines[lines.length - 1] += `[${inner}](${href})`
        else if (options.markup && /^(?:em|i)$/.test(tag) && inner)
          lines[lines.length - 1] += `*${inner}*`
        else if (options.markup && /^(?:strong|b)$/.test(tag) && inner)
          lines[lines.length - 1] += `**${inner}**`
        else lines[lines.length - 1] += inner
      }
    }
    return lines.map(squash).filter(Boolean)
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
      squash(inline(el).join(' ')) === textOf(inlineElements[0]!)
    )
  }
  const cellText = (cell: HTMLElement) => {
    const items = elementsOf(cell, 'li').map(textOf)
    // Word (through mammoth) puts every cell's text in paragraphs: one line each.
    const paragraphs =
      items.length > 0
        ? []
        : elementsOf(cell, 'p')
            .map((p) => squash(inline(p).join(' ')))
            .filter(Boolean)
    const parts = items.length > 0 ? items : paragraphs.length > 0 ? paragraphs : inline(cell)
    return parts.join(' <br> ').replace(/\|/g, '\\|') || '—'
  }

  /** A container's own text (between its block children) as one paragraph. */
  const paragraph = (node: HTMLElement) => {
    const lines = inline(node).filter((l) => !l.startsWith('<!'))
    if (lines.length === 0) return
    blank(node)
    if (lines.length === 1 && isBold(node) && !options.markup) emit(`**${lines[0]}**`, node)
    else for (const line of lines) emit(line, node)
    blank(node)
  }

  /** Walks the block children of `el`; its inline content has been emitted by the caller. */
  const walk = (el: HTMLElement, depth: number, nesting = 0, skip?: Node) => {
    // Real documents nest a few levels; beyond that (broken or hostile markup) keep the text flat.
    if (nesting > MAX_NESTING) {
      const text = textOf(el)
      if (text) emit(text, el)
      return
    }
    for (const child of el.childNodes) {
      if (child.nodeType !== NodeType.ELEMENT_NODE || child === skip) continue
      const node = child as HTMLElement
      const tag = node.tagName?.toLowerCase() ?? ''
      if (skipped(node)) continue
      if (!BLOCK.has(tag)) {
        // Inline or unknown elements (components of a template: <Layout>, <b-card>) may wrap blocks.
        walk(node, depth, nesting + 1)
        continue
      }
      if (/^h[1-6]$/.test(tag)) {
        const heading = options.markup ? squash(inline(node).join(' ')) : textOf(node)
        if (!heading) continue
        blank(node)
        emit(`${'#'.repeat(Number(tag[1]))} ${heading}`, node)
        blank(node)
      } else if (tag === 'ul' || tag === 'ol') {
        if (depth === 0) blank(node)
        // Broken markup leaves text directly in a list ("<ul>text</ul>"): keep it.
        paragraph(node)
        walk(node, depth + 1, nesting + 1)
        if (depth === 0) blank(node)
      } else if (
        tag === 'li' &&
        !options.markup &&
        isBoldLabel(node) &&
        node.childNodes.some(
          (c) =>
            c.nodeType === NodeType.ELEMENT_NODE &&
            /^(?:ul|ol|p|div|table)$/i.test((c as HTMLElement).tagName),
        )
      ) {
        // "<li><strong>Measures for …</strong><ul>…</ul></li>": a heading written as a list item.
        const [label = ''] = inline(node)
        blank(node)
        emit(`**${label}**`, node)
        blank(node)
        walk(node, Math.max(depth - 1, 0), nesting + 1)
      } else if (tag === 'li') {
        // Confluence and rich editors wrap an item's text in a paragraph: "<li><p>Text</p></li>".
        const lead = squash(inline(node).join(' ')) === '' ? leadingParagraph(node) : undefined
        const [first = '', ...more] = inline(lead ?? node)
        const indent = '  '.repeat(Math.max(depth - 1, 0))
        if (first) emit(`${indent}- ${first}`, node)
        for (const line of more) emit(`${indent}  ${line}`, node)
        walk(node, depth, nesting + 1, lead)
      } else if (tag === 'table') {
        blank(node)
        for (const row of elementsOf(node, 'tr')) {
          const cells = row.childNodes.filter(
            (c) =>
              c.nodeType === NodeType.ELEMENT_NODE && /^t[dh]$/i.test((c as HTMLElement).tagName),
          ) as HTMLElement[]
          if (cells.length > 0) emit(`| ${cells.map(cellText).join(' | ')} |`, row)
        }
        blank(node)
      } else if (tag === 'dt' && options.markup) {
        // A definition list of records: the term is the name.
        const term = squash(inline(node).join(' '))
        if (term) {
          blank(node)
          emit(`**${term.replace(/\*\*/g, '')}**`, node)
        }
      } else if (tag === 'hr') {
        blank(node)
      } else {
        paragraph(node)
        walk(node, depth, nesting + 1)
      }
    }
  }
  paragraph(root)
  walk(root, 0)
  while (out[out.length - 1] === '') {
    out.pop()
    map.pop()
  }
  return { text: `${out.join('\n')}\n`, lineOf: (line) => map[line - 1] ?? 1 }
}
