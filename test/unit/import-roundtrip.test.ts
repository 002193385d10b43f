import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../cms/domain/import/index'
import { parseTom } from '../../cms/domain/parser/index'
import type { TomDocument } from '../../cms/domain/tom-schema'
import { printToPdf } from '../helpers/pdf'

/**
 * The five real seed documents published as a web page (tabs, classes, a comment, front matter,
 * saved as .md) and printed from it to PDF (running header, "Seite X von Y"): the importer must
 * find the same measures (at least 97 % word for word, hyphens at line ends aside) and the same
 * categories as in the original text.
 */
const seedsDir = join(import.meta.dirname, '../../content/seeds')
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const measures = (d: TomDocument) =>
  d.sections.flatMap((s) =>
    s.controls.flatMap((c) =>
      [...c.measures, ...c.groups.flatMap((g) => g.measures)].map((m) => m.text.replace(/-/g, '')),
    ),
  )
const categories = (d: TomDocument) => d.sections.flatMap((s) => s.controls.map((c) => c.category))

function asWebPage(doc: TomDocument): string {
  const list = (items: { text: string }[]) =>
    items.length
      ? `\t\t<ul class="list">\n${items.map((m) => `\t\t\t<li>${esc(m.text)}</li>`).join('\n')}\n\t\t</ul>`
      : ''
  const body = doc.sections
    .map((s) =>
      [
        `\t<h2 class="section">${s.number ? `${s.number}. ` : ''}${esc(s.heading)}</h2>`,
        ...s.controls.map((c) =>
          [
            c.implicit ? '' : `\t\t<h3>${esc(c.heading)}</h3>`,
            c.text ? `\t\t<p>${esc(c.text)}</p>` : '',
            list(c.measures),
            ...c.groups.map(
              (g) => `\t\t<p><strong>${esc(g.label)}:</strong></p>\n${list(g.measures)}`,
            ),
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      ].join('\n'),
    )
    .join('\n')
  return `---\nlayout: legal\ntitle: ${JSON.stringify(doc.title)}\n---\n<!-- exported from the CMS -->\n<div class="page">\n\t<h1>${esc(doc.title)}</h1>\n${doc.preamble ? `\t<p>${esc(doc.preamble)}</p>\n` : ''}${body}\n</div>\n`
}

describe('seed documents as web pages and printed PDFs', () => {
  for (const seed of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    it(`${seed}: same measures and categories from HTML-in-Markdown and from PDF`, async () => {
      const original = parseTom(readFileSync(join(seedsDir, seed), 'utf8')).document
      const html = asWebPage(original)
      const pdf = await printToPdf(html.replace(/^---[\s\S]*?---\n/, ''), {
        header:
          '<div style="font-size:8px;width:100%;text-align:center">Vertraulich – Anlage TOM</div>',
        footer:
          '<div style="font-size:8px;width:100%;text-align:center">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
      })
      for (const [bytes, name] of [
        [new TextEncoder().encode(html), 'tom.md'],
        [pdf, 'tom.pdf'],
      ] as const) {
        const imported = (await importDocument(bytes, name)).result.document
        const found = new Set(measures(imported))
        const kept = measures(original).filter((m) => found.has(m)).length
        expect(
          kept / measures(original).length,
          `${name}: ${kept} of ${measures(original).length}`,
        ).toBeGreaterThanOrEqual(0.97)
        expect(measures(imported).length, name).toBe(measures(original).length)
        expect(categories(imported), name).toEqual(categories(original))
        expect(JSON.stringify(imported), name).not.toMatch(
          /Seite \d+ von|Vertraulich – Anlage|layout|exported from/,
        )
      }
    }, 60_000)
  }
})
