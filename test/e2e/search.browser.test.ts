import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseTom } from '../../cms/domain/parser/index'
import { readCompanyContent } from '../../cms/seed/readContent'
import { useBuiltSite } from '../helpers/builtSite'

/** Search in a real Chromium over the built site: type a phrase, open the result. */
const site = useBuiltSite()

describe('search in Chromium', () => {
  const cases = [
    { phrase: 'Sicherheitspersonal vor Ort rund um die Uhr', company: 'mailjet' },
    { phrase: 'DIN 66399', company: 'telemaxx' },
    { phrase: 'Snapshot-Technologie', company: '7pxl' },
  ]
  for (const { phrase, company } of cases) {
    it(`finds "${phrase}" and opens ${company}'s TOM page`, async () => {
      const page = await site.browser().newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${site.base()}/search/`)
      await page.locator('.pagefind-ui__search-input').fill(phrase)
      const result = page.locator('.pagefind-ui__result-link').first()
      await result.waitFor({ timeout: 15_000 })
      await result.click()
      await page.waitForURL(new RegExp(`/${company}/toms/\\d{4}-\\d{2}-\\d{2}/`))
      await expect(page.locator('main').innerText()).resolves.toContain(phrase)
      expect(errors).toEqual([])
      await page.close()
    })
  }

  it('finds every measure of every seed on its company\'s TOM page (Pagefind API in the page)', async () => {
    const contentDir = path.resolve(import.meta.dirname, '../../content')
    const queries = (await readCompanyContent(contentDir)).flatMap(({ company }) => {
      const doc = parseTom(readFileSync(path.join(contentDir, company.toms.at(-1)!.file), 'utf8')).document
      return doc.sections.flatMap((s) => s.controls.flatMap((c) => [...c.measures, ...c.groups.flatMap((g) => g.measures)])).map((m) => ({ company: company.slug, text: m.text }))
    })
    expect(queries.length).toBeGreaterThan(200)
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/search/`)
    // A string, not a function: Vite would rewrite import() inside a function for Node.
    const misses: string[] = await page.evaluate(`(async (qs) => {
      const pagefind = await import('/pagefind/pagefind.js')
      const missed = []
      for (const q of qs) {
        const search = await pagefind.search(q.text)
        const urls = await Promise.all(search.results.slice(0, 10).map(async (r) => (await r.data()).url))
        if (!urls.some((u) => u.startsWith('/' + q.company + '/toms/2'))) missed.push(q.company + ': ' + q.text)
      }
      return missed
    })(${JSON.stringify(queries)})`)
    expect(misses).toEqual([])
    await page.close()
  })

  it('searches from the header on any page and filters by company and kind', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/mpmx/`)
    await page.fill('#header-q', 'Zutrittskontrolle')
    await page.press('#header-q', 'Enter')
    await page.waitForURL(/\/search\/\?q=Zutrittskontrolle/)
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 })
    const filters = await page.locator('.pagefind-ui__filter-name').allInnerTexts()
    expect(filters.map((f) => f.trim().toLowerCase())).toEqual(expect.arrayContaining(['company', 'category', 'kind']))
    // the index knows the filters and narrows results by them
    const counts = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js')
      const all = await pagefind.search('Zutrittskontrolle')
      const telemaxx = await pagefind.search('Zutrittskontrolle', { filters: { company: 'TelemaxX', kind: 'TOMs' } })
      const urls = await Promise.all(telemaxx.results.map(async (r) => (await r.data()).url))
      return { all: all.results.length, telemaxx: telemaxx.results.length, urls }
    })()`)) as { all: number; telemaxx: number; urls: string[] }
    expect(counts.all).toBeGreaterThan(counts.telemaxx)
    expect(counts.telemaxx).toBeGreaterThan(0)
    expect(counts.urls.every((u) => u.startsWith('/telemaxx/toms/'))).toBe(true)
    await page.close()
  })

  const DELAY = 5_000
  /** A slow connection: the first filter chunk comes at once, the others DELAY ms later. */
  async function pageWithLateFilterData() {
    const page = await site.browser().newPage()
    const chunks = { served: 0 }
    await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
      if (chunks.served++ > 0) await new Promise((resolve) => setTimeout(resolve, DELAY))
      await route.continue()
    })
    return { page, chunks }
  }

  // Pagefind UI shows the filters its last search reported, and a search counts only the filter
  // chunks loaded so far (SearchPage.astro mends the list); the tests count after the delay.
  for (const { how, open, select } of [
    { how: 'from the address', open: (page: Page) => page.goto(`${site.base()}/search/?q=Zutrittskontrolle`), select: false },
    { how: 'typed at once, a filter chosen from the short list', open: async (page: Page) => {
      await page.goto(`${site.base()}/search/`)
      await page.locator('.pagefind-ui__search-input').fill('Zutrittskontrolle')
    }, select: true },
  ]) {
    it(`lists every filter for a search ${how} even when filter data arrives late`, async () => {
      const { page, chunks } = await pageWithLateFilterData()
      await open(page)
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 })
      let chosen: string | null = null
      if (select) {
        await page.locator('#search .pagefind-ui__filter-label').first().waitFor({ state: 'attached' })
        expect(await page.locator('.pagefind-ui__filter-name').count()).toBeLessThan(3) // the short list, before the data came
        // in one step in the page: the lists fold, and the UI may render them anew at any moment
        chosen = await page.evaluate(`(() => {
          const label = document.querySelector('#search .pagefind-ui__filter-label')
          label.closest('details').open = true
          label.click()
          return label.htmlFor
        })()`)
        await expect(page.locator(`[id="${chosen}"]`).isChecked()).resolves.toBe(true)
      }
      await page.waitForTimeout(DELAY + 1_000)
      expect(chunks.served).toBeGreaterThanOrEqual(3) // one chunk per filter: the delay applied
      const filters = await page.locator('.pagefind-ui__filter-name').allInnerTexts()
      expect(filters.map((f) => f.trim().toLowerCase()).sort()).toEqual(['category', 'company', 'kind'])
      if (chosen) await expect(page.locator(`[id="${chosen}"]`).isChecked()).resolves.toBe(true) // the search ran again with it
      await page.close()
    })
  }

  it('searches the English pages from the English search page, in their own index', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/en/search/?q=subprocessors`)
    const first = page.locator('.pagefind-ui__result-link').first()
    await first.waitFor({ timeout: 15_000 })
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true)
    await page.close()
  })

  it('serves the 404 page for an unknown address', async () => {
    const page = await site.browser().newPage()
    const response = await page.goto(`${site.base()}/no-such-company/`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1').innerText()).resolves.toBe('Seite nicht gefunden')
    await page.close()
  })
})
