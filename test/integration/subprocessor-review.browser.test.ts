import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../helpers/chromium'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { logIn, logOut } from '../helpers/adminUi'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData, subprocessorData } from '../helpers/createData'

/**
 * A subprocessor change through review in the production admin, clicked in Chromium: the editor
 * adds a subprocessor (pending, not public) and presses "Submit for review"; legal who did not edit
 * it finds it on the dashboard and presses "Approve and publish"; only then can visitors read it
 * and one change event exists.
 * (The rules themselves are tested over REST and GraphQL in subprocessor-review.test.ts.)
 */
const PASSWORD = 'correct horse battery'
let t: TestPayload
let admin: AdminServer
let browser: Browser
let id: string | number

const events = async () => (await t.payload.count({ collection: 'subprocessor-events' })).totalDocs
/** What a visitor reads from the running CMS. */
const publicNames = async () =>
  (
    (await (await fetch(`${admin.url}/api/subprocessors?depth=0`)).json()) as {
      docs: Array<{ name: string }>
    }
  ).docs.map((d) => d.name)

beforeAll(async () => {
  t = await startTestPayload()
  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme', noticePeriodDays: 30 }),
  })
  const users: Record<string, unknown> = {}
  for (const [key, role, name] of [
    ['editor', 'editor', 'Erika Editor'],
    ['lars', 'legal', 'Lars Legal'],
  ] as const)
    users[key] = {
      ...(await t.payload.create({
        collection: 'users',
        data: { email: `${key}@example.test`, password: PASSWORD, role, name },
      })),
      collection: 'users',
    }
  // The editor's new subprocessor, as the form saves it: a pending change.
  id = (
    await t.payload.create({
      collection: 'subprocessors',
      data: subprocessorData({
        company: company.id,
        name: 'Cloudy AG',
        purpose: 'Hosting',
        locations: ['DE'],
        status: 'active',
      }),
      user: users.editor,
      overrideAccess: false,
    })
  ).id
  admin = await startAdmin({
    DATABASE_URI: process.env.DATABASE_URI,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    TRUSTCENTER_DATA_DIR: t.dataDir,
  })
  browser = await launchChromium()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await t?.close()
})

async function openSubprocessor(page: Page): Promise<void> {
  await page.goto(`${admin.url}/admin/collections/subprocessors/${id}`)
  await page.locator('.trust-center-review').waitFor({ state: 'visible', timeout: 60_000 })
}

describe('a subprocessor change in the admin', () => {
  it('the editor submits it; legal approves and publishes it; only then is it public', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    expect(await publicNames()).toEqual([])

    await logIn(page, admin.url, 'editor@example.test', PASSWORD)
    await openSubprocessor(page)
    const panel = page.locator('.trust-center-review')
    await expect.poll(() => panel.innerText()).toContain('Not published yet')
    await page.screenshot({ path: '/tmp/h25a/subprocessor-editor.png', fullPage: true })
    // The panel reloads the document after a step (the form holds the old state).
    await panel.getByRole('button', { name: 'Submit for review' }).click()
    await expect
      .poll(() => page.locator('.trust-center-review').innerText(), { timeout: 60_000 })
      .toContain('Status: In review')
    expect(await publicNames()).toEqual([])
    expect(await events()).toBe(0)
    await logOut(page, admin.url)

    await logIn(page, admin.url, 'lars@example.test', PASSWORD)
    await page.goto(`${admin.url}/admin`)
    await expect
      .poll(() => page.locator('.trust-center-dashboard').innerText())
      .toContain('Acme: Cloudy AG (subprocessor change)')
    await openSubprocessor(page)
    await expect
      .poll(() => page.locator('.trust-center-review').innerText())
      .toContain('last edited by: Erika Editor')
    await page.screenshot({ path: '/tmp/h25a/subprocessor-legal.png', fullPage: true })
    await page
      .locator('.trust-center-review')
      .getByRole('button', { name: 'Approve and publish' })
      .click()
    // it asks first, saying what goes public
    const confirm = page.locator('.confirmation-modal')
    await confirm.waitFor({ timeout: 30_000 })
    expect(await confirm.innerText()).toMatch(
      /Changes against the published record\s+\d+ changed fields/,
    )
    await confirm.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect
      .poll(() => page.locator('.trust-center-review').innerText(), { timeout: 60_000 })
      .toContain('Nothing pending')
    expect(await publicNames()).toEqual(['Cloudy AG'])
    expect(await events()).toBe(1)
    await page.screenshot({ path: '/tmp/h25a/subprocessor-published.png', fullPage: true })
    await context.close()
  }, 600_000)
})
