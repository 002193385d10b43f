import { mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import { useBuiltSite } from '../helpers/builtSite'

/** Moving through versions, changes and comparisons as a reader does, on a desktop and a 360 px phone. */
const site = useBuiltSite()
const root = path.resolve(import.meta.dirname, '../..')

describe('reading versions in Chromium', () => {
  it('switches from the version list to an older version and back to the current one', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/beispiel-cloud/`)
    await page.click('table.versions a[href="/beispiel-cloud/toms/2025-01-15/"]')
    await page.waitForURL(/\/beispiel-cloud\/toms\/2025-01-15\/$/)
    const banner = page.locator('.doc-header .notice[role=note]', { hasText: 'nicht mehr aktuell' })
    expect(await banner.innerText()).toMatch(/Zur aktuellen Version \(2026-03-01\)/)
    await banner.locator('a').click()
    await page.waitForURL(/\/beispiel-cloud\/toms\/2026-03-01\/$/)
    expect(
      await page.locator('.doc-header .notice', { hasText: 'nicht mehr aktuell' }).count(),
    ).toBe(0)
    await page.close()
  })

  it('shows what changed, with insertions and deletions marked', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/beispiel-cloud/toms/2025-09-01/`)
    await page.click('.doc-links a:has-text("Änderungen")')
    await page.waitForURL(/\/2025-09-01\/changes\/$/)
    expect(await page.locator('table.change-counts tr.total').innerText()).toMatch(
      /Σ\s+\d+\s+\d+\s+\d+/,
    )
    expect(await page.locator('main ins').count()).toBeGreaterThan(0)
    expect(await page.locator('main del').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('compares any two versions with the picker', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/beispiel-cloud/toms/2026-03-01/`)
    await page.click('.doc-links a:has-text("Versionen vergleichen")')
    await page.waitForURL(/\/beispiel-cloud\/toms\/compare\/$/)
    await page.selectOption('.compare-picker select[name=from]', '2025-01-15')
    await page.selectOption('.compare-picker select[name=to]', '2026-03-01')
    await page.click('.compare-picker button[type=submit]')
    await page.waitForURL(/\/beispiel-cloud\/toms\/compare\/\?from=2025-01-15&to=2026-03-01$/)
    expect(await page.locator('.compare-result h2').innerText()).toBe('2025-01-15 → 2026-03-01')
    await page.close()
  })
})

describe('German and English', () => {
  it('switches language on any page and keeps the place; the document stays in its own language', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/beispiel-cloud/toms/2025-09-01/changes/`)
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    await page.click('.site-header a.language')
    await page.waitForURL(/\/en\/beispiel-cloud\/toms\/2025-09-01\/changes\/$/)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('main h2').first().innerText()).toBe(
      'Changes against the previous version',
    )
    // links stay in English; the TOM text keeps its language, marked for screen readers
    expect(
      await page.locator('.doc-links a', { hasText: 'Compare versions' }).getAttribute('href'),
    ).toBe('/en/beispiel-cloud/toms/compare/')
    await page.goto(`${site.base()}/en/beispiel-cloud/toms/2026-03-01/`)
    expect(await page.getAttribute('.tom', 'lang')).toBe('de')
    expect(await page.locator('.badge').first().innerText()).toMatch(/^[A-Z][a-z]/)
    await page.click('.site-header a.language')
    await page.waitForURL(/\/beispiel-cloud\/toms\/2026-03-01\/$/)
    expect(new URL(page.url()).pathname).toBe('/beispiel-cloud/toms/2026-03-01/')
    await page.close()
  })

  it("shows the operator's MDX pages from the footer, in the site layout, searchable, in both languages", async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/mpmx/`)
    await page.click('.site-footer a:has-text("Änderungen und Einspruch")')
    await page.waitForURL(/\/about\/subprocessor-changes\/$/)
    expect(await page.locator('main h1').innerText()).toBe(
      'Änderungen bei Unterauftragsverarbeitern und Einspruch',
    )
    expect(await page.locator('main[data-pagefind-body] ol li').count()).toBe(3)
    await page.click('.site-header a.language')
    await page.waitForURL(/\/en\/about\/subprocessor-changes\/$/)
    expect(await page.locator('main h1').innerText()).toBe('Subprocessor changes and objections')
    await page.close()
  })

  it('offers both languages to search engines (hreflang) and translates every label', async () => {
    const { dist } = inject('e2e')
    const english = readFileSync(
      path.join(dist, 'en/beispiel-cloud/subprocessors/index.html'),
      'utf8',
    )
    expect(english).toContain(
      'hreflang="de" href="http://localhost:4321/beispiel-cloud/subprocessors/"',
    )
    expect(english).toMatch(/<h1>Subprocessors<\/h1>/)
    expect(english).toContain('Announced changes')
    expect(english).not.toMatch(
      /Unterauftragsverarbeiter<\/h1>|Angekündigte Änderungen|Verlauf<\/h2>/,
    )
  })
})

describe('printing a TOM version', () => {
  it('prints as a clean annex: company, title, version, effective date, fingerprint and URL; no navigation', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/beispiel-cloud/toms/2025-09-01/`)
    await page.emulateMedia({ media: 'print' })
    const visible = async (selector: string) => page.locator(selector).first().isVisible()
    for (const selector of [
      '.doc-header .eyebrow',
      '.doc-header h1',
      '.doc-header .facts',
      '.fingerprint code',
      '.print-only',
      '.doc-header .notice',
      '.tom',
    ]) {
      expect(await visible(selector), selector).toBe(true)
    }
    for (const selector of [
      '.site-header',
      '.site-footer',
      '.toc',
      '.doc-links',
      '.fingerprint-help',
      '.anchor',
    ])
      expect(await visible(selector), selector).toBe(false)
    const header = await page.locator('.doc-header').innerText()
    expect(header).toContain('Beispiel Cloud GmbH')
    expect(header).toMatch(/Version\s+2025-09-01/)
    expect(header).toMatch(/Gültig ab\s+1\. September 2025/)
    expect(header).toContain('http://localhost:4321/beispiel-cloud/toms/2025-09-01/')
    expect(header).toMatch(/Fingerabdruck.*: [0-9a-f]{64}$/m)
    // Chromium's own PDF output: a real multi-page A4 document
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThan(1)
    await page.close()
  })
})

describe('small screens and page weight', () => {
  const pages = [
    '/',
    '/en/',
    '/en/beispiel-cloud/toms/2026-03-01/',
    '/about/trust-center/',
    '/beispiel-cloud/',
    '/beispiel-cloud/toms/2026-03-01/',
    '/beispiel-cloud/toms/2025-09-01/changes/',
    '/beispiel-cloud/toms/compare/?from=2025-01-15&to=2026-03-01',
    '/beispiel-cloud/subprocessors/',
    '/telemaxx/toms/2026-11-24/',
    '/compare/',
    '/search/',
  ]

  it('needs no horizontal scrolling at 360 px (wide tables scroll inside their box)', async () => {
    const page = await site.browser().newPage({ viewport: { width: 360, height: 740 } })
    const overflowing: string[] = []
    for (const route of pages) {
      await page.goto(`${site.base()}${route}`)
      if (route.includes('?from='))
        await page.locator('.compare-result section.control').first().waitFor() // the diff rendered in the browser
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number
      if (width > 360) overflowing.push(`${route}: ${width}px`)
    }
    expect(overflowing).toEqual([])
    await page.close()
  })

  it('keeps every page light: HTML and CSS under 40 KB gzipped', () => {
    const { dist } = inject('e2e')
    const heavy: string[] = []
    for (const route of pages) {
      const html = readFileSync(path.join(dist, route.split('?')[0]!, 'index.html'))
      const css = [
        ...html.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g),
      ].map((m) => readFileSync(path.join(dist, m[1]!)))
      const bytes = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0)
      if (bytes > 40_000) heavy.push(`${route}: ${bytes} bytes`)
    }
    expect(heavy).toEqual([])
  })

  it('takes the screenshots the README shows', async () => {
    const out = path.join(root, 'docs/screenshots')
    mkdirSync(out, { recursive: true })
    const shots = [
      {
        name: 'company-desktop.png',
        route: '/beispiel-cloud/',
        viewport: { width: 1280, height: 900 },
      },
      {
        name: 'version-desktop.png',
        route: '/beispiel-cloud/toms/2026-03-01/',
        viewport: { width: 1280, height: 900 },
      },
      {
        name: 'changes-desktop.png',
        route: '/beispiel-cloud/toms/2025-09-01/changes/',
        viewport: { width: 1280, height: 900 },
      },
      {
        name: 'subprocessors-phone.png',
        route: '/beispiel-cloud/subprocessors/',
        viewport: { width: 360, height: 740 },
      },
      {
        name: 'company-phone.png',
        route: '/beispiel-cloud/',
        viewport: { width: 360, height: 740 },
      },
      {
        name: 'search-desktop.png',
        route: '/search/?q=Zutritt',
        viewport: { width: 1280, height: 900 },
      },
    ].flatMap((shot) => [
      { ...shot, scheme: 'light' as const },
      { ...shot, name: shot.name.replace('.png', '-dark.png'), scheme: 'dark' as const },
    ])
    for (const shot of shots) {
      const page = await site
        .browser()
        .newPage({ viewport: shot.viewport, colorScheme: shot.scheme })
      await page.goto(`${site.base()}${shot.route}`)
      if (shot.route.startsWith('/search/'))
        await page.locator('.search-result').first().waitFor({ timeout: 15_000 })
      await page.screenshot({ path: path.join(out, shot.name) })
      expect(statSync(path.join(out, shot.name)).size).toBeGreaterThan(5_000)
      await page.close()
    }
  })
})
