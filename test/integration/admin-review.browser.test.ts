import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../helpers/chromium'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { logIn, setSelect, toastText } from '../helpers/adminUi'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { PASSWORD, reviewSituation } from '../helpers/adminWorkflowSetup'

/**
 * The review workflow in the production admin, clicked in Chromium with every request that leaves
 * this machine blocked (a self-hosted admin must work offline): the rule's own message in the
 * toast (English and German); and the time until the login form and a real imported draft can be
 * used. (The review buttons and summary are tested over REST in review.test.ts.)
 */
let t: TestPayload
let admin: AdminServer
let browser: Browser
let s: Awaited<ReturnType<typeof reviewSituation>>
const blocked: string[] = []

beforeAll(async () => {
  t = await startTestPayload()
  s = await reviewSituation(t.payload)
  admin = await startAdmin({
    DATABASE_URI: process.env.DATABASE_URI,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    TRUSTCENTER_DATA_DIR: t.dataDir,
  })
  browser = await launchChromium()
  // warm the server once (first requests compile nothing in production, but fill caches)
  await fetch(`${admin.url}/admin/login`)
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await t?.close()
})

/** A browser profile in which only loopback is reachable; what else was asked for is recorded. */
async function offlineContext(locale = 'en-US'): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    extraHTTPHeaders: {
      'accept-language': locale === 'de-DE' ? 'de-DE,de;q=0.9' : 'en-US,en;q=0.9',
    },
  })
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url())
    if (
      protocol === 'data:' ||
      protocol === 'blob:' ||
      hostname === '127.0.0.1' ||
      hostname === 'localhost' ||
      hostname === '[::1]'
    )
      return route.continue()
    blocked.push(route.request().url())
    return route.abort('internetdisconnected')
  })
  return context
}

async function openVersion(page: Page, id: number | string): Promise<number> {
  const started = Date.now()
  await page.goto(`${admin.url}/admin/collections/tom-versions/${id}`)
  await page.locator('#field-title').waitFor({ state: 'visible' })
  await expect
    .poll(() => page.locator('#field-title').isEditable(), { timeout: 30_000, interval: 50 })
    .toBe(true)
  return Date.now() - started
}

/** Leaves the document as a person does (the breadcrumb), which ends their lock on it. */
async function leave(page: Page): Promise<void> {
  await page
    .locator('nav a', { hasText: /^(TOM versions|TOM-Versionen)$/ })
    .first()
    .click()
  await page.waitForURL((url) => url.pathname.endsWith('/collections/tom-versions'))
}

describe('the admin offline, as reviewers use it', () => {
  // Each figure is taken three times: the first includes loading the route's code into the
  // server (its first request since start), the others are what an editor sees on a warm server.
  it('a 60-measure imported draft becomes editable (figure printed)', async () => {
    const context = await offlineContext()
    const page = await context.newPage()
    await logIn(page, admin.url, s.editor.email, PASSWORD)
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      times.push(await openVersion(page, s.versionId))
    }
    const measures = countMeasures(
      await t.payload.findByID({ collection: 'tom-versions', id: s.versionId, depth: 0 }),
    )
    console.log(
      `admin timing: imported draft (${measures} measures) editable after ${times.join(', ')} ms (first, then warm)`,
    )
    await page.goto(`${admin.url}/admin/logout`)
    await context.close()
  }, 300_000)

  it('the login form is usable quickly (figure printed)', async () => {
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const context = await offlineContext()
      const page = await context.newPage()
      const started = Date.now()
      await page.goto(`${admin.url}/admin/login`)
      await page.locator('#field-email').waitFor({ state: 'visible' })
      await expect
        .poll(() => page.locator('#field-email').isEditable(), { timeout: 30_000, interval: 50 })
        .toBe(true)
      times.push(Date.now() - started)
      await context.close()
    }
    console.log(
      `admin timing: login form usable after ${times.join(', ')} ms (fresh browser profiles)`,
    )
  })

  it('legal who edits and publishes in one save sees the four-eyes rule in the toast, in English and in German', async () => {
    for (const [locale, expected] of [
      [
        'en-US',
        /Four-eyes rule. You edited this version last; someone else with the legal or admin role must publish it./,
      ],
      [
        'de-DE',
        /Vier-Augen-Prinzip. Sie haben diese Version zuletzt bearbeitet; eine andere Person/,
      ],
    ] as const) {
      const context = await offlineContext(locale)
      const page = await context.newPage()
      await logIn(page, admin.url, s.legal.email, PASSWORD)
      await openVersion(page, s.versionId)
      await page.locator('#field-title').fill(`Geprüfte Fassung ${locale}`)
      await setSelect(page, 'status', locale === 'de-DE' ? 'Veröffentlicht' : 'Published')
      await page.getByRole('button', { name: /^(Save|Speichern)$/ }).click()
      const toast = await toastText(page)
      await page.screenshot({ path: `/tmp/wf-toast-${locale}.png` })
      expect(toast).toMatch(expected)
      expect(toast).not.toMatch(/unknown error/i)
      await page
        .locator('#field-title')
        .fill('Technische und organisatorische Maßnahmen der Mailingwork GmbH nach Art. 32 DSGVO')
      await leave(page).catch(() => undefined) // the form may ask to discard the change
      await context.close()
    }
    expect(
      (await t.payload.findByID({ collection: 'tom-versions', id: s.versionId, depth: 0 })).status,
    ).toBe('in-review')
  }, 400_000)

  it('no screen asked for anything outside this machine', () => {
    expect(blocked).toEqual([])
  })
})

function countMeasures(doc: unknown): number {
  let n = 0
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) {
      if (key === 'measures') n += v.length
      v.forEach((x) => walk(x))
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
  }
  walk(doc)
  return n
}
