import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import { createStaticSiteServer } from '../cms/serve/staticSite'
import { launchChromium } from '../test/helpers/chromium'
import { probeSearchTiming, searchTiming } from '../test/helpers/searchTiming'

/**
 * The first search result, each case on two clocks: the page's own (navigation start or the
 * input event → the first result in the DOM, test/helpers/searchTiming.ts) and the Node side's
 * (page.goto or fill → Playwright seeing it: adds the new page, goto's round trips and polling).
 */
export async function timeToFirstResult(dist: string, term: string) {
  const server = createStaticSiteServer(dist)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const browser = await launchChromium()
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    let page = await browser.newPage()
    await probeSearchTiming(page)
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' }) // Pagefind loads with the page
    await page.locator('#search-q').waitFor()
    let started = performance.now()
    await page.locator('#search-q').fill(term)
    await page.locator('.search-result a').first().waitFor({ timeout: 60_000 })
    const typingNode = performance.now() - started
    const typing = (await searchTiming(page)).fromInput!
    await page.close()
    page = await browser.newPage() // a fresh page: nothing of the search loaded yet (the HTTP cache may hold it, as for a returning reader)
    await probeSearchTiming(page)
    started = performance.now()
    await page.goto(`${base}/search/?q=${encodeURIComponent(term)}`, { waitUntil: 'commit' })
    await page.locator('.search-result a').first().waitFor({ timeout: 60_000 })
    const fromUrlNode = performance.now() - started
    const fromUrl = (await searchTiming(page)).fromNavigation
    return { typing, fromUrl, typingNode, fromUrlNode }
  } finally {
    await browser.close()
    server.close()
  }
}

// `npx tsx bench/searchTime.ts DIST [RUNS]`: only the search timing, over a built site.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dist, runs = '5'] = process.argv.slice(2)
  if (!dist) throw new Error('usage: npx tsx bench/searchTime.ts DIST [RUNS]')
  for (let i = 0; i < Number(runs); i++) {
    const t = await timeToFirstResult(dist, 'Zutrittskontrolle')
    const ms = (n: number) => `${Math.round(n)} ms`
    console.log(
      `typing ${ms(t.typing)} (Node ${ms(t.typingNode)}), from URL ${ms(t.fromUrl)} (Node ${ms(t.fromUrlNode)})`,
    )
  }
}
