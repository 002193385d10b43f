import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticSiteServer } from '../../cms/serve/staticSite'
import { importTomVersion } from '../../cms/plugin/utilities/importTomVersion'
import { launchChromium } from '../helpers/chromium'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * Markup in every field the site shows, an SVG logo that hides a script, a real `npm run build`,
 * and every built page (the search page with a query included) opened in Chromium: no script
 * from the data may run, and no element from the data may exist.
 */
const root = path.resolve(import.meta.dirname, '../..')
const X = (n: number) =>
  `XSS${n} <img src=x onerror=alert(${n})> "><svg onload=alert(${n})> </script><script>alert(${n})</script>`

const SVG_LOGO = `<?xml version="1.0"?>
<?x <img src=x onerror=alert(99)> ?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" fill="#0b5cab"/><script>alert(98)</script></svg>`

const tom = (measure: string) => `## ${X(20)} Technische und organisatorische Maßnahmen

${X(21)} Präambel.

### 1. Vertraulichkeit ${X(22)}

#### 1.1 Zutrittskontrolle ${X(23)}

Maßnahmen ${X(24)}:

- ${measure}
- Besucherregistrierung ${X(25)}

#### 1.2 Zugangskontrolle

- individuelle Benutzerkonten ${X(26)}
`

let t: TestPayload
let dist = ''
let buildLog = ''
let browser: Browser
let server: ReturnType<typeof createStaticSiteServer>
let base = ''

beforeAll(async () => {
  t = await startTestPayload()
  const { payload } = t
  const svg = Buffer.from(SVG_LOGO)
  const logo = await payload.create({
    collection: 'media',
    data: { alt: X(1) },
    file: { data: svg, mimetype: 'image/svg+xml', name: 'logo.svg', size: svg.length },
  })
  const company = await payload.create({
    collection: 'companies',
    data: companyData({
      name: 'XSS Co <img src=x onerror=alert(2)>',
      slug: 'xss-co',
      legalName: X(3),
      address: X(4),
      website: 'https://xss.example/"><script>alert(5)</script>',
      privacyContact: {
        email: 'dpo@xss.example',
        url: 'https://xss.example/?q="><svg onload=alert(6)>',
        dpoName: X(7),
        dpoEmail: 'dpo2@xss.example',
      },
      logo: logo.id,
      description: X(8),
      certifications: [{ name: X(9), issuer: X(10), scope: X(11), validUntil: '2030-01-01' }],
      locale: 'de',
    }),
  })
  await payload.create({
    collection: 'subprocessors',
    data: {
      company: company.id,
      name: `Vendor ${X(12)}`,
      legalEntity: X(13),
      address: X(14),
      website: 'https://vendor.example/"><img src=x onerror=alert(15)>',
      purpose: X(16),
      dataCategories: [X(17)],
      locations: ['DE'],
      transferSafeguard: 'eu-eea',
      status: 'active',
      changeNote: X(18),
    },
  })
  await payload.create({
    collection: 'subprocessors',
    data: {
      company: company.id,
      name: `Upcoming ${X(30)}`,
      purpose: X(31),
      locations: ['FR'],
      transferSafeguard: 'eu-eea',
      status: 'announced',
      announcedAt: new Date().toISOString(),
      effectiveFrom: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      changeNote: X(32),
    },
  })
  for (const [date, measure] of [
    ['2025-01-15', `Alarmanlage ${X(40)}`],
    ['2025-06-01', `Alarmanlage mit Videoüberwachung ${X(41)}`],
  ] as const) {
    await importTomVersion({
      payload,
      companyId: company.id,
      text: tom(measure),
      filename: `toms-${date}.md`,
      status: 'published',
      effectiveDate: date,
      changeSummary: X(42),
      changeKind: 'material',
      context: { skipRebuild: true },
    })
  }
  // A company the CMS holds with nothing public yet: only a draft TOM version.
  const draftOnly = await payload.create({
    collection: 'companies',
    data: companyData({ name: 'Nur Entwurf GmbH', slug: 'nur-entwurf' }),
  })
  await importTomVersion({
    payload,
    companyId: draftOnly.id,
    text: tom('Nur im Entwurf'),
    filename: 'draft.md',
    status: 'draft',
    effectiveDate: '2025-02-01',
    context: { skipRebuild: true },
  })
  await payload.destroy()

  dist = path.join(t.dataDir, 'dist')
  const env = { ...process.env, TRUSTCENTER_DIST: dist, PAYLOAD_LOG_LEVEL: 'warn' }
  const result = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 600_000,
  })
  buildLog = stripVTControlCharacters(`${result.stdout}${result.stderr}`)
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status}):\n${buildLog}`)

  server = createStaticSiteServer(dist)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
  // t.payload was destroyed before the build; only the temp folder is left.
  const { rmSync } = await import('node:fs')
  if (t) rmSync(t.dataDir, { recursive: true, force: true })
})

function htmlPages(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(prefix, e.name)
    if (e.isDirectory())
      return e.name === '_astro' || e.name.startsWith('pagefind') ? [] : htmlPages(dir, rel)
    return e.name.endsWith('.html')
      ? ['/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '')]
      : []
  })
}

/** Opens `url` and reports every dialog a script opened and every element the data smuggled in. */
async function visit(page: Page, url: string, afterLoad?: () => Promise<void>) {
  const dialogs: string[] = []
  const csp: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text())
  })
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const response = await page.goto(`${base}${url}`, { waitUntil: 'load' })
  const policy = response?.headers()['content-security-policy'] ?? ''
  await afterLoad?.()
  await page.waitForTimeout(300)
  // Event-handler attributes: the site itself sets none, so any is one the data smuggled in.
  const injected = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((e) =>
        [...e.attributes].some((a) => a.name.startsWith('on')),
      ).length,
  )
  const inlineScriptsWithAlert = await page.evaluate(
    () => [...document.scripts].filter((s) => s.textContent?.includes('alert(')).length,
  )
  page.removeAllListeners('dialog')
  page.removeAllListeners('console')
  // The site works under its own CSP: the build's inline scripts are allowed by hash.
  return {
    dialogs,
    injected,
    inlineScriptsWithAlert,
    csp,
    hasPolicy: policy.includes("frame-ancestors 'none'"),
  }
}

/** Where a site-internal link points on disk, or null when nothing is there. */
function linkTarget(href: string): string | null {
  const clean = decodeURIComponent(href.split('#')[0]!.split('?')[0]!)
  const file = path.join(dist, clean)
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  return null
}

describe('only what exists is linked', () => {
  it('leaves a company with only a draft off the site', () => {
    expect(existsSync(path.join(dist, 'nur-entwurf'))).toBe(false)
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8')
    expect(home).not.toContain('Nur Entwurf')
    expect(home).not.toContain('/nur-entwurf/')
  })

  it('has no link to a page of its own that does not exist (a crawl of every built page)', () => {
    const broken: string[] = []
    for (const page of htmlPages(dist)) {
      const file = linkTarget(page)!
      const html = readFileSync(file, 'utf8')
      for (const [, href] of html.matchAll(/\shref="(\/[^"]*)"/g)) {
        if (href!.startsWith('//') || href!.startsWith('/api/')) continue
        if (!linkTarget(href!)) broken.push(`${page} → ${href}`)
      }
    }
    expect([...new Set(broken)]).toEqual([])
  })
})

describe('hostile content, built and opened in Chromium', () => {
  it('builds a company whose logo was an SVG (rasterised on upload)', () => {
    const company = readFileSync(path.join(dist, 'xss-co', 'index.html'), 'utf8')
    expect(company).toMatch(/<img[^>]+src="\/_astro\/[^"]+\.webp"/)
  })

  it('runs no script from the data on any page', async () => {
    const pages = htmlPages(dist)
    expect(pages).toEqual(
      expect.arrayContaining(['/xss-co/', '/xss-co/subprocessors/', '/search/']),
    )
    expect(pages.filter((p) => p.includes('/toms/')).length).toBeGreaterThanOrEqual(3)
    const page = await browser.newPage()
    const findings: string[] = []
    for (const url of pages) {
      const r = await visit(page, url)
      if (
        r.dialogs.length ||
        r.injected ||
        r.inlineScriptsWithAlert ||
        r.csp.length ||
        !r.hasPolicy
      )
        findings.push(`${url}: ${JSON.stringify(r)}`)
    }
    await page.close()
    expect(findings).toEqual([])
  })

  it('runs no script on the search page, with results and filter labels made from the data', async () => {
    const page = await browser.newPage()
    for (const q of ['XSS', 'xss co', 'Vendor', 'Alarmanlage']) {
      const r = await visit(page, `/search/?q=${encodeURIComponent(q)}`, async () => {
        await page.locator('.search-result').first().waitFor({ timeout: 15_000 })
        await page.locator('.search-filters fieldset').first().waitFor({ timeout: 15_000 })
      })
      const labels = await page.locator('.search-filters label .value').allInnerTexts()
      expect(labels.join('\n'), q).toContain('XSS Co')
      expect(r, q).toEqual({
        dialogs: [],
        injected: 0,
        inlineScriptsWithAlert: 0,
        csp: [],
        hasPolicy: true,
      })
    }
    await page.close()
  })
})
