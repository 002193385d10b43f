import yaml from 'js-yaml'
import { htmlToText } from './html'

/**
 * What a text file holds besides its content, removed before parsing with every other line kept
 * in place (so line numbers still point into the file): YAML/TOML front matter (its `title` is
 * kept), HTML comments, and the syntax of web templates (Blade, Twig/Liquid, Vue, JSX, PHP).
 * A text whose body is HTML blocks — a Markdown file holding HTML, markup copied from a
 * website's template, pasted page source — is converted from HTML, whatever its extension.
 */

const blankOut = (match: string) => match.replace(/[^\n]/g, '')

/** `---` YAML or `+++` TOML front matter at the very start. */
export function stripFrontMatter(text: string): { text: string; title?: string } {
  const m = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  if (!m) return { text }
  let title: string | undefined
  if (m[1] === '---') {
    try {
      const data = yaml.load(m[2]!, { schema: yaml.FAILSAFE_SCHEMA }) as Record<
        string,
        unknown
      > | null
      if (data && typeof data === 'object' && typeof data.title === 'string' && data.title.trim())
        title = data.title.trim()
    } catch {
      // Not YAML after all; the lines are still no content of the document.
    }
  } else {
    title = /^title\s*=\s*["']?(.*?)["']?\s*$/m.exec(m[2]!)?.[1]
  }
  return { text: blankOut(m[0]) + text.slice(m[0].length), ...(title ? { title } : {}) }
}

/** Comments and template syntax, replaced by nothing but their newlines. */
export function stripMarkupNoise(text: string): string {
  let t = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blankOut)
    .replace(/\{\{--[\s\S]*?--\}\}/g, blankOut) // Blade comments
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blankOut) // JSX comments
    .replace(/<\?(?:php|=)?[\s\S]*?(?:\?>|$)/g, blankOut) // PHP
    .replace(/\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, blankOut) // Twig, Jinja, Liquid
    .replace(/\{!!?[\s\S]*?!!\}|\{\{[\s\S]*?\}\}/g, blankOut) // Blade, Vue, Handlebars output
    .replace(
      /^[ \t]*@(?:if|elseif|else|endif|foreach|endforeach|for|endfor|forelse|empty|endforelse|unless|endunless|isset|endisset|auth|endauth|guest|endguest|section|endsection|show|yield|extends|include|includeIf|push|endpush|stack|csrf|php|endphp|lang|component|endcomponent|slot|endslot|props|once|endonce|switch|case|break|default|endswitch|verbatim|endverbatim)\b(?:\s*\(.*\))?[ \t]*$/gm,
      blankOut,
    )
    .replace(/<\/?>/g, '') // JSX fragments
  if (/\bclassName=|^\s*(?:import|export)\s/m.test(t)) {
    // JSX: string literals in braces are text; other expressions and the code around the markup are not.
    t = t.replace(/\{\s*(['"`])([^'"`{}]*)\1\s*\}/g, '$2').replace(/\{[^{}<>\n]*\}/g, '')
    t = t.replace(
      /^[ \t]*(?:import\b.*|export\b.*|const\b.*|let\b.*|function\b.*|return\s*\(?\s*|\)\s*;?\s*\}?|\}\s*\)?;?|\);?)[ \t]*$/gm,
      blankOut,
    )
  }
  return t
}

const TAG_LINE = /^\s*<\/?[a-zA-Z][\w:-]*(?:\s[^>]*)?\/?>?/
const MD_HEADING = /^ {0,3}#{1,6}\s+\S/

export interface SourceText {
  text: string
  lineOf: (line: number) => number
  /** How the body was read. */
  body: 'text' | 'html' | 'mixed'
  title?: string
}

/** Front matter, comments and template syntax removed; HTML converted where the body is HTML. */
export function prepareText(source: string, declaredHtml = false): SourceText {
  const { text: withoutFrontMatter, title } = stripFrontMatter(source.replace(/\r\n?/g, '\n'))
  const text = stripMarkupNoise(withoutFrontMatter)
  const lines = text.split('\n')
  const nonBlank = lines.filter((l) => l.trim() !== '')
  const tagLines = nonBlank.filter((l) => TAG_LINE.test(l)).length
  const mdHeadings = nonBlank.filter((l) => MD_HEADING.test(l)).length
  const withTitle = <T extends object>(x: T) => ({ ...x, ...(title ? { title } : {}) })
  // Block tags anywhere (a page pasted as one long line, or with blank lines inside its elements).
  const blockTags = (
    text.match(
      /<(?:p|div|ul|ol|li|h[1-6]|table|tr|td|th|section|article|main|br|dl|dt|dd)\b[^>]*>/gi,
    ) ?? []
  ).length
  const mdMarkers = nonBlank.filter(
    (l) => MD_HEADING.test(l) || /^\s{0,3}(?:[-*+]\s|\|)/.test(l),
  ).length
  if (
    declaredHtml ||
    (tagLines >= 2 && tagLines >= nonBlank.length * 0.3 && mdHeadings < 2) ||
    (blockTags >= 3 && blockTags >= nonBlank.length * 0.5 && mdMarkers < 2)
  ) {
    const html = htmlToText(text)
    return withTitle({ text: html.text, lineOf: html.lineOf, body: 'html' as const })
  }
  if (
    tagLines === 0 ||
    !lines.some((l) =>
      /<\/?(?:p|div|ul|ol|li|h[1-6]|table|tr|td|section|article|br|strong|b|span|dl|dt|dd)\b/i.test(
        l,
      ),
    )
  ) {
    return withTitle({ text, lineOf: (line: number) => line, body: 'text' as const })
  }
  // Markdown with HTML blocks: each block (from a line that opens with a tag to the next blank
  // line, as CommonMark reads it) is converted; the Markdown around it stays as it is.
  const out: string[] = []
  const map: number[] = []
  for (let i = 0; i < lines.length;) {
    if (!TAG_LINE.test(lines[i]!)) {
      out.push(lines[i]!)
      map.push(i + 1)
      i++
      continue
    }
    // The block runs to a blank line outside any open element ("<div>\n\n<p>…</p>\n\n</div>").
    let j = i
    let open = 0
    while (j < lines.length && (lines[j]!.trim() !== '' || open > 0)) {
      for (const m of lines[j]!.matchAll(
        /<(\/?)(div|section|article|main|ul|ol|table|p|blockquote|dl|details|figure|aside|header|footer|nav|form)\b[^>]*?(\/?)>/gi,
      ))
        if (!m[3]) open += m[1] ? -1 : 1
      open = Math.max(0, open)
      j++
    }
    const html = htmlToText(lines.slice(i, j).join('\n'))
    const converted = html.text.replace(/\n$/, '').split('\n')
    if (out.length > 0 && out[out.length - 1]!.trim() !== '') {
      out.push('')
      map.push(i + 1)
    }
    converted.forEach((l, k) => {
      out.push(l)
      map.push(i + html.lineOf(k + 1))
    })
    out.push('')
    map.push(j)
    i = j
  }
  return withTitle({
    text: out.join('\n'),
    lineOf: (line: number) => map[line - 1] ?? 1,
    body: 'mixed' as const,
  })
}
