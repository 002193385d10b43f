import { describe, expect, it } from 'vitest'
import { useBuiltSite } from '../helpers/builtSite'

/**
 * What a reader sees on a phone, a tablet and a laptop: no page scrolls sideways and no word is
 * split across lines (a table squeezing "Standorte" into "St/an/do/rt/e" reads as noise).
 * A word is a run of letters and digits: a line break after a hyphen or a slash is typography,
 * one inside the letters is a split. Words of 20 characters and more may break (long compounds,
 * fingerprints), since nothing else fits them into 360 px — except in a page's title, sized so the
 * interface's longest word ("Unterauftragsverarbeiter", 24) stays whole on a phone.
 */
const site = useBuiltSite()

const PAGE_KINDS = [
  '/',
  '/beispiel-cloud/',
  '/beispiel-cloud/toms/',
  '/beispiel-cloud/toms/2025-01-15/',
  '/beispiel-cloud/toms/2025-09-01/changes/',
  '/beispiel-cloud/toms/compare/',
  '/beispiel-cloud/toms/compare/2025-01-15/2026-03-01/',
  '/beispiel-cloud/subprocessors/',
  '/7pxl/',
  '/telemaxx/toms/2026-11-24/',
  '/mailjet/toms/',
  '/search/?q=Verschl%C3%BCsselung',
  '/compare/',
  '/subscription/confirmed/',
  '/about/trust-center/',
  '/about/design/',
  '/about/fingerprint/',
  '/about/imprint/',
  '/no-such-page/',
  '/en/',
  '/en/beispiel-cloud/',
  '/en/beispiel-cloud/subprocessors/',
  '/en/mpmx/toms/',
  '/en/compare/',
]

/** Runs in the page: every split word and the page's sideways overflow. */
const measure = `(() => {
  const split = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || el.closest('script, style, noscript, [hidden], .visually-hidden')) continue
    for (const m of node.data.matchAll(/[\\p{L}\\p{N}]+/gu)) {
      if (m[0].length < 2 || m[0].length >= (el.closest('h1') ? 25 : 20)) continue
      range.setStart(node, m.index)
      range.setEnd(node, m.index + m[0].length)
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
      if (lines.size > 1) split.push(m[0] + ' in <' + el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + '>')
    }
  }
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth
  return { split: [...new Set(split)].slice(0, 8), overflow }
})()`

describe('layout at 360, 768 and 1366 px', () => {
  for (const width of [360, 768, 1366]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`splits no word and scrolls nothing sideways at ${width} px (${scheme})`, async () => {
        const context = await site
          .browser()
          .newContext({ viewport: { width, height: 900 }, colorScheme: scheme })
        const page = await context.newPage()
        const found: string[] = []
        for (const route of PAGE_KINDS) {
          await page.goto(`${site.base()}${route}`, { waitUntil: 'load' })
          if (route.startsWith('/search/'))
            await page.locator('.search-result').first().waitFor({ timeout: 10_000 })
          const { split, overflow } = (await page.evaluate(measure)) as {
            split: string[]
            overflow: number
          }
          if (overflow > 0) found.push(`${route}: scrolls ${overflow} px sideways`)
          for (const word of split) found.push(`${route}: split ${word}`)
        }
        await context.close()
        expect(found).toEqual([])
      })
    }
  }

  it('keeps the footer links apart', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1366, height: 900 } })
    await page.goto(`${site.base()}/`)
    const boxes = await page
      .locator('.site-footer nav a')
      .evaluateAll((links) =>
        links
          .map((a) => a.getBoundingClientRect())
          .map((r) => ({ left: r.left, right: r.right, top: r.top })),
      )
    expect(boxes.length).toBeGreaterThanOrEqual(3)
    for (let i = 1; i < boxes.length; i++)
      if (boxes[i]!.top === boxes[i - 1]!.top)
        expect(boxes[i]!.left - boxes[i - 1]!.right).toBeGreaterThanOrEqual(12)
    await page.close()
  })
})
