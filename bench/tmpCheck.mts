import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { createStaticSiteServer } from '../cms/serve/staticSite'
import { launchChromium } from '../test/helpers/chromium'
const server = createStaticSiteServer(process.argv[2]!)
server.listen(0, '127.0.0.1')
await once(server, 'listening')
const browser = await launchChromium()
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const page = await browser.newPage()
const reqs: string[] = []
page.on('request', (r) => reqs.push(r.url().replace(base, '')))
page.on('console', (m) => console.log('console:', m.type(), m.text()))
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto(`${base}/search/?q=Zutrittskontrolle`)
await page.locator('.search-result a').first().waitFor()
await page.waitForTimeout(3500)
const t = await page.evaluate(`performance.getEntriesByType('resource').map(e => [e.name.replace(location.origin,''), Math.round(e.startTime), Math.round(e.responseEnd), e.initiatorType].join(' '))`)
console.log(reqs.join('\n'))
console.log((t as string[]).join('\n'))
await browser.close()
server.close()
