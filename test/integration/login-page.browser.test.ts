import { mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../helpers/chromium'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { logOut } from '../helpers/adminUi'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The admin's login page (cms/app/(login)/admin/login) in Chromium, with every request that leaves
 * this machine blocked: its form is in the server's HTML, so it is usable long before the admin's
 * scripts have run (the time is printed, five fresh browser profiles); it signs in through
 * Payload's own endpoint and goes to the redirect target (never to another site); a wrong password
 * shows Payload's message; German browsers get it in German; dark mode as Payload's.
 * Screenshots go to SHOTS.
 */
const SHOTS = path.resolve(import.meta.dirname, '../.tmp/login-page')
const PASSWORD = 'correct horse battery'
let t: TestPayload
let admin: AdminServer
let browser: Browser
let email: string
const blocked: string[] = []

beforeAll(async () => {
  t = await startTestPayload()
  email = ((await createUser(t.payload, 'editor')) as { email: string }).email
  admin = await startAdmin({
    DATABASE_URI: process.env.DATABASE_URI,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    TRUSTCENTER_DATA_DIR: t.dataDir,
  })
  browser = await launchChromium()
  mkdirSync(SHOTS, { recursive: true })
  await fetch(`${admin.url}/admin/login`) // the route's first request loads its code
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await t?.close()
})

/** A fresh browser profile in which only loopback is reachable; other requests are recorded. */
async function offlineContext(
  locale = 'en-US',
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1366, height: 900 },
    extraHTTPHeaders: {
      'accept-language': locale === 'de-DE' ? 'de-DE,de;q=0.9' : 'en-US,en;q=0.9',
    },
  })
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url())
    if (['data:', 'blob:'].includes(protocol) || ['127.0.0.1', 'localhost'].includes(hostname))
      return route.continue()
    blocked.push(route.request().url())
    return route.abort('internetdisconnected')
  })
  return context
}

async function submit(page: Page, password: string): Promise<void> {
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

describe('the admin login page', () => {
  it('has its form in the server HTML and is usable quickly (figure printed)', async () => {
    // What makes it fast: the form is there before any script runs.
    const html = await (await fetch(`${admin.url}/admin/login`)).text()
    expect(html).toMatch(/<input[^>]*id="field-email"/)
    expect(html).toMatch(/<input[^>]*id="field-password"/)
    const times: number[] = []
    const paints: number[] = []
    for (let i = 0; i < 5; i++) {
      const context = await offlineContext()
      const page = await context.newPage()
      const started = Date.now()
      await page.goto(`${admin.url}/admin/login`, { waitUntil: 'commit' })
      await page.locator('#field-email').waitFor({ state: 'visible' })
      await expect
        .poll(() => page.locator('#field-email').isEditable(), { timeout: 30_000, interval: 50 })
        .toBe(true)
      times.push(Date.now() - started)
      // in-page, less sensitive to the test's own polling: when the page first painted (the form)
      paints.push(
        await page.evaluate(() =>
          Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
        ),
      )
      await context.close()
    }
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')
    console.log(
      `admin timing: login form usable after ${times.join(', ')} ms, painted at ${paints.join(', ')} ms (fresh browser profiles, load ${load})`,
    )
    // The target is 2 s on a quiet machine; the bound is generous because the machine is shared.
    const median = [...times].sort((a, b) => a - b)[2]!
    expect(median).toBeLessThanOrEqual(4_000)
  }, 300_000)

  it('a wrong password shows Payload’s message; the right one goes to the redirect target', async () => {
    const context = await offlineContext()
    const page = await context.newPage()
    await page.goto(`${admin.url}/admin/login?redirect=%2Fadmin%2Fcollections%2Fusers`)
    await submit(page, 'wrong horse battery')
    const error = page.locator('#login-error')
    await error.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await error.innerText()).toBe('The email or password provided is incorrect.')
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await shot(page, 'login-wrong-password-en-1366')
    await submit(page, PASSWORD)
    await page.waitForURL((url) => url.pathname === '/admin/collections/users', {
      timeout: 60_000,
    })
    await page.locator('.collection-list').waitFor({ timeout: 60_000 })
    // the session cookie is Payload's own, as its login endpoint sets it
    const cookie = (await context.cookies()).find((c) => c.name === 'payload-token')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    // signed in, the login page sends one on (as Payload's does)
    await page.goto(`${admin.url}/admin/login`)
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    // and logging out comes back to this form
    await logOut(page, admin.url)
    await page.locator('#field-email').waitFor()
    await context.close()
  }, 300_000)

  it('never sends anyone to another site after signing in', async () => {
    for (const redirect of ['//example.com/', 'https://example.com/', '/\\example.com']) {
      const context = await offlineContext()
      const page = await context.newPage()
      await page.goto(`${admin.url}/admin/login?redirect=${encodeURIComponent(redirect)}`)
      await submit(page, PASSWORD)
      await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
      expect(new URL(page.url()).origin).toBe(admin.url)
      await context.close()
    }
  }, 300_000)

  it('speaks German to a German browser, down to Payload’s message', async () => {
    const context = await offlineContext('de-DE')
    const page = await context.newPage()
    await page.goto(`${admin.url}/admin/login`)
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    expect(await page.title()).toBe('Anmelden · Trust Center')
    const form = page.locator('form')
    for (const text of ['E-Mail', 'Passwort', 'Passwort vergessen?', 'Anmelden'])
      expect(await form.innerText()).toContain(text)
    await shot(page, 'login-de-1366')
    await submit(page, 'falsches Pferd')
    const error = page.locator('#login-error')
    await error.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await error.innerText()).toBe('Die E-Mail-Adresse oder das Passwort sind nicht korrekt.')
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/forgot')
    await page.locator('#field-email').waitFor({ timeout: 60_000 })
    await context.close()
  }, 300_000)

  it('looks like Payload’s admin, light and dark, on a phone and a laptop', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [360, 1366]) {
        const context = await offlineContext('en-US', { width, colorScheme })
        const page = await context.newPage()
        await page.goto(`${admin.url}/admin/login`)
        await page.locator('#field-email').waitFor()
        expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        )
        await shot(page, `login-${colorScheme}-${width}`)
        await context.close()
      }
    }
  }, 300_000)

  it('asked for nothing outside this machine', () => {
    expect(blocked).toEqual([])
  })
})
