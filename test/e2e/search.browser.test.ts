import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { get } from 'node:http'
import path from 'node:path'
import { parseTom } from '../../cms/domain/parser/index'
import { readCompanyContent } from '../../cms/seed/readContent'
import { useBuiltSite } from '../helpers/builtSite'
import { probeSearchTiming, searchTiming } from '../helpers/searchTiming'

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
      await page.locator('#search-q').fill(phrase)
      const result = page.locator('.search-result a').first()
      await result.waitFor({ timeout: 15_000 })
      await result.click()
      await page.waitForURL(new RegExp(`/${company}/toms/\\d{4}-\\d{2}-\\d{2}/`))
      await expect(page.locator('main').innerText()).resolves.toContain(phrase)
      expect(errors).toEqual([])
      await page.close()
    })
  }

  it("finds every measure of every seed on its company's TOM page (Pagefind API in the page)", async () => {
    const contentDir = path.resolve(import.meta.dirname, '../../content')
    const queries = (await readCompanyContent(contentDir)).flatMap(({ company }) => {
      const doc = parseTom(
        readFileSync(path.join(contentDir, company.toms.at(-1)!.file), 'utf8'),
      ).document
      return doc.sections
        .flatMap((s) =>
          s.controls.flatMap((c) => [...c.measures, ...c.groups.flatMap((g) => g.measures)]),
        )
        .map((m) => ({ company: company.slug, text: m.text }))
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

  it('searches from the header on any page and filters by company and kind, labelled in German', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/mpmx/`)
    await page.fill('#header-q', 'Zutrittskontrolle')
    await page.press('#header-q', 'Enter')
    await page.waitForURL(/\/search\/\?q=Zutrittskontrolle/)
    await page
      .locator('.search-results:not([aria-busy]) .search-result')
      .first()
      .waitFor({ timeout: 15_000 })
    await expect
      .poll(() => page.locator('.search-filters legend').allInnerTexts())
      .toEqual(['Art der Seite', 'Unternehmen', 'Kategorie'])
    // choosing a filter narrows the results shown
    await page.locator('.search-results:not([aria-busy]) .search-result').first().waitFor()
    const before = await page.locator('.search-result').count()
    await page.locator('.search-filters input[name=company][value=TelemaxX]').check()
    await expect
      .poll(async () =>
        (
          await page
            .locator('.search-result a')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
        ).every((h) => h?.startsWith('/telemaxx/')),
      )
      .toBe(true)
    expect(await page.locator('.search-result').count()).toBeLessThan(before)
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

  /**
   * A slow connection, made certain: every filter chunk is held back until the test lets it go,
   * so the results are always shown before the filter data (no hoping for a race).
   */
  async function pageWithHeldFilterData() {
    const page = await site.browser().newPage()
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    let held = 0
    await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
      held++
      await released
      await route.continue()
    })
    return { page, release, held: () => held }
  }

  for (const { how, open } of [
    {
      how: 'from the address',
      open: (page: Page) => page.goto(`${site.base()}/search/?q=Zutrittskontrolle`),
    },
    {
      how: 'typed at once',
      open: async (page: Page) => {
        await page.goto(`${site.base()}/search/`)
        await page.locator('#search-q').fill('Zutrittskontrolle')
      },
    },
  ]) {
    it(`lists every filter for a search ${how} when the filter data arrives after the results`, async () => {
      const { page, release, held } = await pageWithHeldFilterData()
      await open(page)
      await page.locator('.search-result a').first().waitFor({ timeout: 15_000 })
      await expect.poll(held).toBeGreaterThan(0) // asked for (after the first results, from the address)
      expect(await page.locator('.search-filters fieldset').count()).toBe(0) // the data is still held
      release()
      await expect
        .poll(() => page.locator('.search-filters legend').allInnerTexts(), { timeout: 10_000 })
        .toEqual(['Art der Seite', 'Unternehmen', 'Kategorie'])
      // the counts are those of this search (recounted once the data came), not of the whole index
      const telemaxx = await page
        .locator(
          '.search-filters input[name=company][value=TelemaxX] + .count, .search-filters label:has(input[value=TelemaxX]) .count',
        )
        .first()
        .innerText()
      expect(Number(telemaxx)).toBeGreaterThan(0)
      await page.close()
    })
  }

  it('offers "load more" only while results remain', async () => {
    const page = await site.browser().newPage()
    const more = page.locator('.search-more')
    const shown = page.locator('.search-results > .search-result')
    // Results listed and complete: an empty list before the search has begun is not busy either.
    const listed = async (q: string) => {
      await page.locator('.search-status', { hasText: `„${q}“` }).waitFor() // set as rendering begins
      await page.locator('.search-results:not([aria-busy]) .search-result').first().waitFor()
    }
    await page.goto(`${site.base()}/search/?q=Daten`)
    await listed('Daten')
    const total = Number((await page.locator('.search-status').innerText()).match(/\d+/)![0])
    expect(total).toBeGreaterThan(10) // more than one page of ten
    await expect(shown.count()).resolves.toBe(10)
    while ((await shown.count()) < total) {
      expect(await more.isVisible()).toBe(true)
      const before = await shown.count()
      await more.click()
      await expect.poll(() => shown.count()).toBeGreaterThan(before)
    }
    expect(await more.isVisible()).toBe(false)
    await page.locator('#search-q').fill('Verschlüsselung')
    await listed('Verschlüsselung')
    await expect.poll(() => shown.count()).toBeLessThan(10)
    expect(await more.isVisible()).toBe(false)
    await page.close()
  })

  it('finds German compounds by their parts, and not the "not stated" boilerplate', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/search/`)
    const urls = async (q: string) =>
      (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js')
      const search = await pagefind.search(${JSON.stringify(q)})
      return Promise.all(search.results.map(async (r) => (await r.data()).url))
    })()`)) as string[]
    // "TLS-Verschlüsselung" is on mailingwork's TOMs; "Zutrittskontrolle" on TelemaxX's
    expect(await urls('Verschlüsselung')).toContain('/mailingwork/toms/2019-10-28/')
    expect(await urls('Zutritt')).toContain('/telemaxx/toms/2026-11-24/')
    expect(await urls('Kontrolle')).toContain('/telemaxx/toms/2026-11-24/')
    // company overviews list the categories a document does not name: that sentence is not indexed
    const boilerplate = await urls('ausdrücklich genannt')
    expect(boilerplate.filter((u) => /^\/[a-z0-9-]+\/$/.test(u))).toEqual([])
    // the first results of "Verschlüsselung" (after the operator's pages) are mostly TOM pages: an overview may come among
    // them only for what it says itself (Beispiel Cloud's Data Act disclosure names encryption),
    // never for its category grid or the "not stated" sentence
    const first = (await urls('Verschlüsselung'))
      .filter((u) => !u.startsWith('/about/'))
      .slice(0, 3)
    expect(first.filter((u) => u.includes('/toms/')).length).toBeGreaterThanOrEqual(2)
    expect(first.filter((u) => /^\/[a-z0-9-]+\/$/.test(u) && u !== '/beispiel-cloud/')).toEqual([])
    await page.close()
  })

  it('shows excerpts without anchor glyphs or index-only words', async () => {
    const page = await site.browser().newPage()
    // "Kontrolle" is found mostly through compound parts, which are in the index only
    await page.goto(`${site.base()}/search/?q=Kontrolle`)
    // results appear one by one as their fragments arrive: wait until the list is complete
    await page
      .locator('.search-results:not([aria-busy]) .search-result')
      .first()
      .waitFor({ timeout: 15_000 })
    const excerpts = await page.locator('.search-result p').allInnerTexts()
    expect(excerpts.length).toBeGreaterThan(3)
    expect(excerpts.filter((e) => e.includes('#') || e.includes('\u2042'))).toEqual([])
    await page.close()
  })

  it('keeps the words of neighbouring cells, terms and headings apart in excerpts', async () => {
    const page = await site.browser().newPage()
    // a subprocessor change's "Wirksam ab" is a <dt> whose date is the next <dd>
    await page.goto(`${site.base()}/search/?q=Wirksam`)
    await page
      .locator('.search-results:not([aria-busy]) .search-result')
      .first()
      .waitFor({ timeout: 15_000 })
    const excerpts = (await page.locator('.search-result p').allInnerTexts()).join(' | ')
    expect(excerpts).toMatch(/Wirksam ab \d/)
    expect(excerpts).not.toMatch(/Wirksam ab\d|UnternehmenZweck/)
    await page.close()
  })

  // Timing targets (≤ 300 ms after typing, ≤ 800 ms from /search/?q=…) are measured by the
  // bench and reported in docs/performance.md; a shared machine makes them no pass/fail rule.
  // What the page must do for them is checked here: Pagefind, its metadata and its WASM are
  // loaded when the page opens, and warmed up, before the first keystroke. The figures are printed.
  it('loads and warms up Pagefind with the page, before the first keystroke (timings printed)', async () => {
    const page = await site.browser().newPage()
    await probeSearchTiming(page) // the page's own clock: navigation start → first result
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    const typed: number[] = []
    const opened: number[] = []
    for (const term of ['Verschlüsselung', 'Zutritt', 'Protokollierung']) {
      requested.length = 0
      await page.goto(`${site.base()}/search/`, { waitUntil: 'networkidle' })
      const beforeTyping = [...requested]
      expect(beforeTyping).toContain('/pagefind/pagefind.js')
      expect(beforeTyping.some((p) => p.endsWith('.pf_meta'))).toBe(true)
      expect(beforeTyping.some((p) => /\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(p))).toBe(true)
      // Pagefind's code is warmed up by a search without a word once the page is idle, fetching nothing
      await expect
        .poll(() => page.evaluate(`performance.getEntriesByName('search-warmed').length`))
        .toBe(1)
      expect(requested.filter((p) => /\.pf_(index|fragment)$/.test(p))).toEqual([])
      typed.push(
        (await page.evaluate(`new Promise((resolve) => {
        const input = document.querySelector('#search-q')
        const list = document.querySelector('.search-results')
        const started = performance.now()
        new MutationObserver(() => { if (list.querySelector('.search-result')) resolve(performance.now() - started) }).observe(list, { childList: true })
        input.value = ${JSON.stringify(term)}
        input.dispatchEvent(new Event('input', { bubbles: true }))
      })`)) as number,
      )
      await page.goto(`${site.base()}/search/?q=${encodeURIComponent(term)}`)
      opened.push((await searchTiming(page, 15_000)).fromNavigation)
    }
    const ms = (list: number[]) => list.map((n) => Math.round(n)).join(', ')
    console.log(
      `search timing: first result ${ms(typed)} ms after typing, ${ms(opened)} ms after opening /search/?q=`,
    )
    await page.close()
  })

  it('preloads the entry, metadata and WASM Pagefind asks for first, each fetched once', async () => {
    for (const [path, bundle] of [
      ['/search/', '/pagefind/'],
      ['/en/search/', '/en/pagefind/'],
    ] as const) {
      const page = await site.browser().newPage()
      const requested: string[] = []
      page.on('request', (request) => requested.push(new URL(request.url()).pathname))
      await page.goto(`${site.base()}${path}?q=Verschl%C3%BCsselung`)
      await page.locator('.search-result a').first().waitFor({ timeout: 15_000 })
      const preloads = await page
        .locator('head link[rel=preload][as=fetch]')
        .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))
      expect(preloads).toEqual([
        `${bundle}pagefind-entry.json`,
        expect.stringMatching(/\.pf_meta$/),
        expect.stringMatching(/\/wasm\.[a-z]+\.pagefind$/),
      ])
      // the page's own fetches took the preloaded answers: nothing of them asked for twice
      for (const file of preloads) expect(requested.filter((p) => p === file)).toHaveLength(1)
      expect(requested.some((p) => p.endsWith('pagefind-worker.js'))).toBe(false)
      await page.close()
    }
  })

  it('hands Pagefind its files unpacked by the browser (labelled gzip), and packed to a client that takes no gzip', async () => {
    const page = await site.browser().newPage()
    const encodings = new Map<string, string | undefined>()
    page.on('response', (r) => {
      if (/\.pf_[a-z]+$|\.pagefind$/.test(new URL(r.url()).pathname))
        encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding'])
    })
    await page.goto(`${site.base()}/search/?q=Verschl%C3%BCsselung`)
    await page.locator('.search-result a').first().waitFor({ timeout: 15_000 })
    const kinds = [...encodings.keys()].map((p) =>
      p.includes('/wasm.') ? 'wasm' : p.split('.').pop(),
    )
    // the filter lists come after the first result, so they may or may not be in by now
    expect([...new Set(kinds)].filter((k) => k !== 'pf_filter').sort()).toEqual([
      'pf_fragment',
      'pf_index',
      'pf_meta',
      'wasm',
    ])
    expect(new Set(encodings.values())).toEqual(new Set(['gzip']))
    const fragment = [...encodings.keys()].find((p) => p.endsWith('.pf_fragment'))!
    // what the page's fetch gets: Pagefind's signature for "already unpacked", so it skips its own inflate
    const head: string = await page.evaluate(
      `fetch(${JSON.stringify(fragment)}).then((r) => r.arrayBuffer()).then((b) => new TextDecoder().decode(b.slice(0, 12)))`,
    )
    expect(head).toBe('pagefind_dcd')
    const raw = await new Promise<{ encoding?: string; magic: string }>((resolve, reject) =>
      get(`${site.base()}${fragment}`, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            encoding: res.headers['content-encoding'],
            magic: Buffer.concat(chunks).subarray(0, 2).toString('hex'),
          }),
        )
      }).on('error', reject),
    )
    expect(raw).toEqual({ encoding: undefined, magic: '1f8b' })
    await page.close()
  })

  it('searches the English pages from the English search page, in their own index', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/en/search/?q=subprocessors`)
    const first = page.locator('.search-result a').first()
    await first.waitFor({ timeout: 15_000 })
    await expect
      .poll(() => page.locator('.search-filters legend').allInnerTexts())
      .toEqual(['Kind of page', 'Company']) // English TOM pages are searched in German
    const hrefs = await page
      .locator('.search-result a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
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
