import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBuiltSite } from '../helpers/builtSite'

/**
 * Comparing two versions in the browser: the compare page's island fetches both versions' `.json`
 * and renders the diff with the changes pages' markup. Checked as a reader uses it — a link with
 * both versions in the address, the picker, old pair addresses, and with JavaScript off.
 */
const site = useBuiltSite()
const { dist } = inject('e2e')
const compare = '/beispiel-cloud/toms/compare/'

/** An element tree as tag.class and its own text, whitespace collapsed: what a reader sees and CSS styles. */
const shape = (page: Page, selector: string) =>
  page.$$eval(selector, (roots) => {
    const walk = (node: Node): unknown => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ')
      const e = node as Element
      const attrs = [...e.attributes]
        .filter((a) => !a.name.startsWith('data-astro'))
        .map((a) => `${a.name}=${a.value}`)
        .sort()
      const children = [...e.childNodes].map(walk).filter((c) => c !== ' ' && c !== '')
      // adjacent text pieces joined: Astro may print one text as several nodes
      const merged: unknown[] = []
      for (const c of children) {
        if (typeof c === 'string' && typeof merged.at(-1) === 'string')
          merged[merged.length - 1] += c
        else merged.push(c)
      }
      return [
        e.tagName.toLowerCase(),
        attrs.join(' '),
        merged.map((c) => (typeof c === 'string' ? c.trim() : c)).filter((c) => c !== ''),
      ]
    }
    return roots.map(walk)
  })

async function opened(route: string, javaScriptEnabled = true) {
  const context = await site.browser().newContext({ javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(`${site.base()}${route}`)
  return { page, close: () => context.close() }
}

describe('comparing two versions in the browser', () => {
  it('opens a comparison from a link with both versions in the address', async () => {
    const { page, close } = await opened(`${compare}?from=2025-01-15&to=2026-03-01`)
    const result = page.locator('.compare-result')
    await result.locator('section.control').first().waitFor()
    expect(await result.locator('h2').innerText()).toBe('2025-01-15 → 2026-03-01')
    expect(await result.locator('li.change-added').count()).toBe(2)
    expect(await result.locator('.control-renamed').count()).toBe(1)
    expect(await result.locator('li.change-changed ins').count()).toBeGreaterThan(0)
    expect(
      await result
        .locator('a')
        .evaluateAll((links) => links.slice(0, 2).map((a) => a.getAttribute('href'))),
    ).toEqual(['/beispiel-cloud/toms/2025-01-15/', '/beispiel-cloud/toms/2026-03-01/'])
    expect(await page.locator('select[name=from]').inputValue()).toBe('2025-01-15')
    await close()
  })

  for (const prefix of ['', '/en']) {
    it(`renders a version against its predecessor exactly like its changes page${prefix ? ' (English)' : ''}`, async () => {
      const { page, close } = await opened(`${prefix}${compare}?from=2025-01-15&to=2025-09-01`)
      await page.locator('.compare-result section.control').first().waitFor()
      const client = await shape(page, '.compare-result > table, .compare-result > section')
      await page.goto(`${site.base()}${prefix}/beispiel-cloud/toms/2025-09-01/changes/`)
      const server = await shape(page, 'main table.change-counts, main section.control')
      expect(client.length).toBeGreaterThan(3)
      expect(client).toEqual(server)
      await close()
    })
  }

  it('compares the pair picked either way round, and puts it in the address', async () => {
    const { page, close } = await opened(compare)
    expect(await page.locator('.compare-result').innerText()).toBe('')
    await page.selectOption('.compare-picker select[name=from]', '2026-03-01')
    await page.selectOption('.compare-picker select[name=to]', '2025-01-15')
    await page.click('.compare-picker button[type=submit]')
    await page.waitForURL(/\/beispiel-cloud\/toms\/compare\/\?from=2026-03-01&to=2025-01-15$/)
    await page.locator('.compare-result section.control').first().waitFor()
    expect(await page.locator('.compare-result h2').innerText()).toBe('2025-01-15 → 2026-03-01')
    await page.selectOption('.compare-picker select[name=to]', '2026-03-01')
    await page.click('.compare-picker button[type=submit]')
    await page.locator('.compare-result .notice', { hasText: 'Dieselbe Version' }).waitFor()
    await page.goBack()
    await page.locator('.compare-result h2', { hasText: '2025-01-15 → 2026-03-01' }).waitFor()
    await close()
  })

  it('sends an old pair address on to the compare page with both versions', async () => {
    for (const prefix of ['', '/en']) {
      const { page, close } = await opened(`${prefix}${compare}2025-01-15/2026-03-01/`)
      await page.waitForURL(
        new RegExp(`${prefix}/beispiel-cloud/toms/compare/\\?from=2025-01-15&to=2026-03-01$`),
      )
      await page.locator('.compare-result section.control').first().waitFor()
      expect(await page.locator('.compare-result li.change-added').count()).toBe(2)
      await close()
    }
  })

  it('without JavaScript lists the versions and their changes pages', async () => {
    const { page, close } = await opened(`${compare}?from=2025-01-15&to=2026-03-01`, false)
    expect(await page.locator('.compare-picker').isVisible()).toBe(false)
    expect(await page.locator('.compare-result').innerText()).toBe('')
    const links = await page
      .locator('ul.version-links a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual([
      '/beispiel-cloud/toms/2026-03-01/',
      '/beispiel-cloud/toms/2026-03-01/changes/',
      '/beispiel-cloud/toms/2025-09-01/',
      '/beispiel-cloud/toms/2025-09-01/changes/',
      '/beispiel-cloud/toms/2025-01-15/',
    ])
    for (const href of links)
      expect((await page.request.get(`${site.base()}${href}`)).status()).toBe(200)
    await close()
  })

  it('loads an island under 30 KB gzipped, on the compare page only', () => {
    const html = readFileSync(path.join(dist, compare, 'index.html'), 'utf8')
    // the page's module scripts and everything they import, statically or not
    const seen = new Set<string>()
    const follow = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const code = readFileSync(path.join(dist, file), 'utf8')
      for (const [, spec] of code.matchAll(
        /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g,
      ))
        follow(path.posix.join(path.posix.dirname(file), spec!))
    }
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) follow(src!)
    for (const [, spec] of html.matchAll(/<script[^>]*>[^<]*import\s*["']([^"']+)["']/g))
      follow(spec!)
    expect(seen.size).toBeGreaterThan(0)
    const gzipped = [...seen].reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file))).length,
      0,
    )
    console.log(`compare island: ${[...seen].join(', ')}: ${gzipped} bytes gzipped`)
    expect(gzipped).toBeLessThanOrEqual(30 * 1024)
    expect(gzipped).toBeGreaterThan(2 * 1024) // the diff engine and jsdiff are in it, not a stub
    for (const route of [
      'beispiel-cloud/toms',
      'beispiel-cloud/toms/2025-09-01',
      'beispiel-cloud/toms/2025-09-01/changes',
      'en/beispiel-cloud/toms/2025-09-01/changes',
    ]) {
      expect(readFileSync(path.join(dist, route, 'index.html'), 'utf8')).not.toContain('<script')
    }
  })
})
