import { readdirSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { designCopy } from '../../site/i18n/design'
import { de } from '../../site/i18n/de'
import { en } from '../../site/i18n/en'
import { useBuiltSite } from '../helpers/builtSite'

/**
 * No English interface text on German pages and no German on English ones. Every built page is
 * read in Chromium as a reader sees it (text and the labels of controls), leaving out what is
 * marked as another language (`lang`: a document written in English on a German page), and
 * searched for the other language's interface strings.
 */
const site = useBuiltSite()

const strings = (ui: Record<string, unknown>) =>
  Object.values(ui).flatMap((v) =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [],
  )
/** The phrases of one language that the other does not use itself (placeholders cut out). */
function foreign(theirs: string[], ours: string[]): string[] {
  const own = new Set(ours)
  return [
    ...new Set(
      theirs
        .flatMap((s) => s.split(/%[sn]/))
        .map((s) => s.trim().replace(/^[\s:,.·“”„"–-]+|[\s:,.·“”„"–-]+$/g, '')),
    ),
  ].filter((s) => s.length >= 4 && !own.has(s))
}

describe('one language per page', () => {
  const { dist } = inject('e2e')
  const pages = (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html') || f === '404.html')
    .map(
      (f) =>
        `/${f
          .replace(/\\/g, '/')
          .replace(/index\.html$/, '')
          .replace(/^404\.html$/, 'no-such-page/')}`,
    )
    .filter((p) => !p.startsWith('/pagefind') && !p.startsWith('/en/pagefind'))
  const deStrings = [...strings(de), ...strings(designCopy.de)]
  const enStrings = [...strings(en), ...strings(designCopy.en)]
  const english = foreign(enStrings, deStrings)
  const german = foreign(deStrings, enStrings)

  it('shows no English interface string on German pages and no German one on English pages', async () => {
    expect(pages.length).toBeGreaterThan(40)
    expect(english).toContain('Subscribe to changes')
    const page = await site.browser().newPage()
    const found: string[] = []
    for (const route of pages) {
      await page.goto(`${site.base()}${route}`)
      const text = (await page.evaluate(`(() => {
        const lang = document.documentElement.lang
        const mine = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? lang) === lang
        const out = []
        for (const el of document.body.querySelectorAll('*')) {
          if (el.closest('script, style') || !mine(el)) continue
          // an element's own text: interface strings are whole labels, headings, buttons
          const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join(' ').replace(/\\s+/g, ' ').trim()
          if (own) out.push(own)
          for (const a of ['aria-label', 'placeholder', 'alt', 'title']) if (el.hasAttribute(a)) out.push(el.getAttribute(a).trim())
        }
        return out
      })()`)) as string[]
      const other = new Set(route.startsWith('/en/') ? german : english)
      for (const t of text) {
        const bare = t.replace(/^[\s:,.·“”„"()–-]+|[\s:,.·“”„"()–-]+$/g, '')
        if (other.has(bare)) found.push(`${route}: "${bare}"`)
      }
    }
    await page.close()
    expect(found).toEqual([])
  })

  it("says on the other language's pages when a document exists in one language only", async () => {
    const page = await site.browser().newPage()
    for (const route of [
      '/en/mpmx/toms/',
      '/en/beispiel-cloud/toms/2025-09-01/changes/',
      '/en/beispiel-cloud/',
    ]) {
      await page.goto(`${site.base()}${route}`)
      await expect(page.locator('main').innerText(), route).resolves.toContain(
        'This document is available in German only.',
      )
    }
    await page.goto(`${site.base()}/mpmx/toms/`)
    await expect(page.locator('main').innerText()).resolves.not.toContain('nur auf Englisch')
    await page.close()
  })
})
