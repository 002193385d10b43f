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

  it('lists every filter for a search from the address even when filter data arrives late', async () => {
    const page = await site.browser().newPage()
    // A slow connection: the first filter chunk comes at once, the others 2 s later. Pagefind UI
    // shows the filters its search reported, and a search counts only the chunks loaded so far.
    let served = 0
    await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
      if (served++ > 0) await new Promise((resolve) => setTimeout(resolve, 2_000))
      await route.continue()
    })
    await page.goto(`${site.base()}/search/?q=Zutrittskontrolle`)
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 })
    expect(served).toBeGreaterThanOrEqual(3) // one chunk per filter: the delay applied
    // no later search would mend a short list: wait past the delay, then count
    await page.waitForTimeout(2_500)
    const filters = await page.locator('.pagefind-ui__filter-name').allInnerTexts()
    expect(filters.map((f) => f.trim().toLowerCase()).sort()).toEqual(['category', 'company', 'kind'])
    await page.close()
  })

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
