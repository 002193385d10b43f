import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { createStaticSiteServer } from '../../cms/serve/staticSite'
import { launchChromium } from './chromium'

/** Serves the e2e build (global-setup.ts) on loopback with the site's own server, plus Chromium. */
export function useBuiltSite(): { base: () => string; browser: () => Browser } {
  const { dist } = inject('e2e')
  const server = createStaticSiteServer(dist)
  let base = ''
  let browser: Browser | undefined
  beforeAll(async () => {
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    server.close()
  })
  return { base: () => base, browser: () => browser! }
}
