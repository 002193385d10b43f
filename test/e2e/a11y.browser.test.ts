import { once } from 'node:events'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createStaticSiteServer } from '../../cms/serve/staticSite'
import { launchChromium } from '../helpers/chromium'

/** axe-core (WCAG 2.1 A/AA) in Chromium on every kind of page, in the light and the dark scheme. */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const { dist } = inject('e2e')
const server = createStaticSiteServer(dist)
let base: string
let browser: Browser

beforeAll(async () => {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  server.close()
})

const pages = [
  '/',
  '/beispiel-cloud/',
  '/beispiel-cloud/toms/',
  '/beispiel-cloud/toms/2025-01-15/',
  '/beispiel-cloud/toms/2025-09-01/changes/',
  '/beispiel-cloud/toms/compare/',
  '/beispiel-cloud/toms/compare/2025-01-15/2026-03-01/',
  '/beispiel-cloud/subprocessors/',
  '/telemaxx/toms/2026-11-24/',
  '/search/',
  '/compare/',
  '/subscription/confirmed/',
  '/about/fingerprint/',
  '/no-such-page/',
]

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`reports no violations on every kind of page (${scheme})`, async () => {
      const page = await browser.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      const found: string[] = []
      for (const route of pages) {
        await page.goto(`${base}${route}`)
        await page.addScriptTag({ path: axePath })
        const violations = (await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((r) => r.violations.map((v) => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')))`)) as string[]
        for (const v of violations) found.push(`${route} ${v}`)
      }
      expect(found).toEqual([])
      await page.close()
    })
  }
})
