/**
 * First pass of the TOM parser: source lines → blocks (heading, paragraph, bullet, table row,
 * separator), each with its 1-based line number. Consecutive plain lines form one paragraph.
 */

export type Block =
  | { kind: 'markdown-heading'; line: number; text: string }
  | { kind: 'paragraph'; line: number; text: string; lines: number }
  | { kind: 'bullet'; line: number; text: string }
  | { kind: 'row'; line: number; cells: string[] }
  | { kind: 'separator'; line: number; text: string }

const MD_HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/
const BULLET = /^\s*(?:[-*•–▪◦·]|\d+\))\s+(.*)$/
const SEPARATOR = /^[\s\t]*[-=_]{3,}[-=_\s\t]*$/

/** Removes Markdown emphasis that wraps a whole line or marks bold labels ("**Anonymisiert:**"). */
export function stripEmphasis(text: string): string {
  let t = text.replace(/\*\*([^*]+?)\*\*/g, '$1').replace(/__([^_]+?)__/g, '$1')
  const italic = /^\*([^*].*?)\*$/s.exec(t) ?? /^_([^_].*?)_$/s.exec(t)
  if (italic) t = italic[1]!
  return t.replace(/\*\*/g, '').trim()
}

export function toBlocks(source: string): Block[] {
  const lines = source.split('\n')
  const blocks: Block[] = []
  let paragraph: { start: number; lines: string[] } | null = null
  const flush = () => {
    if (!paragraph) return
    const text = stripEmphasis(paragraph.lines.map((l) => l.trim()).join('\n'))
    if (text) blocks.push({ kind: 'paragraph', line: paragraph.start, text, lines: paragraph.lines.length })
    paragraph = null
  }
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '')
    const n = i + 1
    if (line.trim() === '') return flush()
    if (SEPARATOR.test(line)) {
      flush()
      blocks.push({ kind: 'separator', line: n, text: line })
      return
    }
    const heading = MD_HEADING.exec(line)
    if (heading) {
      flush()
      blocks.push({ kind: 'markdown-heading', line: n, text: stripEmphasis(heading[1]!) })
      return
    }
    const bullet = BULLET.exec(line)
    if (bullet) {
      flush()
      blocks.push({ kind: 'bullet', line: n, text: stripEmphasis(bullet[1]!) })
      return
    }
    if (line.includes('\t')) {
      const cells = line.split('\t').map((c) => stripEmphasis(c)).filter((c) => c !== '')
      if (cells.length >= 2) {
        flush()
        blocks.push({ kind: 'row', line: n, cells })
        return
      }
    }
    if (paragraph) paragraph.lines.push(line)
    else paragraph = { start: n, lines: [line] }
  })
  flush()
  return blocks
}
