// temporary: screenshots of the built site (not committed)
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { createStaticSiteServer } from './cms/serve/staticSite'
import { launchChromium } from './test/helpers/chromium'
const [dist, out, ...pages] = process.argv.slice(2)
const server = createStaticSiteServer(dist!)
server.listen(0, '127.0.0.1'); await once(server, 'listening')
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const browser = await launchChromium()
for (const p of pages) for (const width of [360, 1366]) for (const scheme of ['light', 'dark'] as const) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme })
  const page = await ctx.newPage()
  await page.goto(base + p, { waitUntil: 'networkidle' })
  const name = `${out}/${p.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`
  await page.screenshot({ path: name, fullPage: true })
  console.log(name)
  await ctx.close()
}
await browser.close(); server.close()
