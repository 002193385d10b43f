import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { useBuiltSite } from '../helpers/builtSite'

/** axe-core (WCAG 2.1 A/AA) in Chromium on every kind of page, in the light and the dark scheme. */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const site = useBuiltSite()

const pages = [
  '/',
  '/beispiel-cloud/',
  '/beispiel-cloud/toms/',
  '/beispiel-cloud/toms/2025-01-15/',
  '/beispiel-cloud/toms/2025-09-01/changes/',
  '/beispiel-cloud/toms/compare/',
  '/beispiel-cloud/toms/compare/?from=2025-01-15&to=2026-03-01',
  '/beispiel-cloud/subprocessors/',
  '/telemaxx/toms/2026-11-24/',
  '/search/',
  '/compare/',
  '/subscription/confirmed/',
  '/about/fingerprint/',
  '/about/design/',
  '/en/compare/',
  '/about/imprint/',
  '/no-such-page/',
  '/en/',
  '/en/beispiel-cloud/',
  '/en/beispiel-cloud/toms/2025-09-01/changes/',
  '/en/beispiel-cloud/subprocessors/',
  '/about/subprocessor-changes/',
  '/en/about/imprint/',
  '/en/subscription/invalid/',
  '/about/integrators/',
]

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`reports no violations on every kind of page (${scheme})`, async () => {
      // axe-core goes in as an inline script, which the site's own CSP rightly refuses.
      const context = await site.browser().newContext({ bypassCSP: true })
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      const found: string[] = []
      for (const route of pages) {
        await page.goto(`${site.base()}${route}`)
        if (route.includes('?from='))
          await page.locator('.compare-result section.control').first().waitFor() // the diff rendered in the browser
        await page.addScriptTag({ path: axePath })
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((r) => r.violations.map((v) => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')))`,
        )) as string[]
        for (const v of violations) found.push(`${route} ${v}`)
      }
      expect(found).toEqual([])
      await context.close()
    })
  }
})
