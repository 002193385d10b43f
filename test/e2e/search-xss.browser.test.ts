import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildSearchIndex } from '../../cms/build/searchIndex'
import { createStaticSiteServer } from '../../cms/serve/staticSite'
import { launchChromium } from '../helpers/chromium'

/**
 * Markup in page data reaches the search page only as text. A company named like an HTML tag
 * is put on a page of a copy of the built site (escaped, as Astro writes it), the real Pagefind
 * indexes it — title, filter value and excerpt then hold the raw "<img …>" — and the real search
 * page shows it in Chromium: no element is made from it and no script runs.
 */
const NAME = 'XSS Co <img src=x onerror=alert(1)>'
const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
let dir = ''
let base = ''
let browser: Browser
const server = { close: () => {} } as { close: () => void }

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'trust-center-xss-'))
  cpSync(inject('e2e').dist, dir, { recursive: true })
  mkdirSync(path.join(dir, 'xss-co'), { recursive: true })
  writeFileSync(
    path.join(dir, 'xss-co/index.html'),
    `<!doctype html><html lang="de"><head><title>${escape(NAME)}</title></head><body><main data-pagefind-body>
    <h1 data-pagefind-meta="title">${escape(NAME)}</h1>
    <span hidden data-pagefind-filter="company">${escape(NAME)}</span><span hidden data-pagefind-filter="kind">Unternehmen</span>
    <p>Zutrittskontrolle bei ${escape(NAME)} mit Ausweis &lt;script&gt;alert(2)&lt;/script&gt;.</p></main></body></html>`,
  )
  await buildSearchIndex(dir)
  const s = createStaticSiteServer(dir)
  s.listen(0, '127.0.0.1')
  await once(s, 'listening')
  server.close = () => s.close()
  base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  server.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('search page and markup in page data', () => {
  it('renders a company named like an <img onerror> tag as text, in results, excerpts and filters', async () => {
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(`${base}/search/?q=XSS`)
    const result = page.locator('.search-result', { hasText: 'XSS Co' }).first()
    await result.waitFor({ timeout: 15_000 })
    await expect(result.locator('h3').innerText()).resolves.toBe(NAME)
    await expect
      .poll(() => page.locator('.search-filters label', { hasText: 'XSS Co' }).innerText())
      .toContain(NAME)
    await page.locator('#search-q').fill('Ausweis')
    await expect
      .poll(() => page.locator('.search-result', { hasText: 'XSS Co' }).first().innerText())
      .toContain('<script>alert(2)</script>')
    await page.waitForTimeout(500)
    expect(await page.locator('.search img, .search script').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(requests.filter((u) => /\/x$/.test(u))).toEqual([]) // the image was never requested
    await page.close()
  })
})
