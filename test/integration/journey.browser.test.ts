import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, pageAlreadyClosed } from '../helpers/chromium'
import { logIn, setSelect, toastText } from '../helpers/adminUi'
import { npmStart, type TrustCenter } from '../helpers/npmStart'

/**
 * The editorial workflow as a legal team clicks it, in Chromium against `npm start` (fresh data
 * folder), through the admin only: the editor imports Mailjet's revised TOM document, edits a
 * measure and submits it; legal (German admin) opens it from the dashboard, sees the diff and sends
 * it back with a comment; the editor reads the comment, cannot publish it herself (and is told why),
 * resubmits; legal approves, and the static site shows the new version, its changes page and the
 * feed item. Prints the seconds from "approve" to live. Screenshots (1366 px) go to SHOTS.
 */
const root = path.resolve(import.meta.dirname, '../..')
const SHOTS = path.join(root, 'test/.tmp/journey')
// Mailjet's document (content/seeds/001) with one more measure: the vendor's new revision.
const REVISION = path.join(root, 'test/fixtures/import/mailjet-revision.txt')
const EFFECTIVE = '2027-01-01'
const OLD_MEASURE = 'Gesicherter IT-Raum'
const NEW_MEASURE = 'Gesicherter IT-Raum mit Zutrittsprotokoll'
const COMMENT = 'Bitte die Protokollierung genauer beschreiben.'
const PASSWORD = 'correct horse battery'

let tc: TrustCenter
let browser: Browser
let versionUrl = ''
const people = {
  editor: { email: 'erika@example.test', name: 'Erika Editor', role: 'editor', locale: 'en-US' },
  legal: { email: 'lena@example.test', name: 'Lena Legal', role: 'legal', locale: 'de-DE' },
} as const
type Person = keyof typeof people
const contexts = new Map<Person, Page>()

beforeAll(async () => {
  tc = await npmStart({ TRUSTCENTER_REBUILD_DEBOUNCE_MS: '500' })
  browser = await launchChromium()
  await inviteColleagues()
}, 900_000)

/**
 * The demo admin creates the two colleagues in Users → Create (their invitation mails go to the
 * outbox) — at http://127.0.0.1:…, though `npm start` prints http://localhost:…: people type
 * either, and saves from the other name were once refused as "not allowed".
 */
async function inviteColleagues(): Promise<void> {
  const adminUrl = tc.cmsUrl.replace('//localhost:', '//127.0.0.1:')
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
  const { email, password } = tc.demoLogin()
  await logIn(page, adminUrl, email, password)
  for (const person of Object.values(people)) {
    await page.goto(`${adminUrl}/admin/collections/users/create`)
    await page.fill('#field-email', person.email)
    await page.fill('#field-password', PASSWORD)
    await page.fill('#field-confirm-password', PASSWORD)
    await page.fill('#field-name', person.name)
    await setSelect(page, 'role', person.role === 'legal' ? /^Legal/ : /^Editor/)
    await page.click('#action-save')
    expect(await toastText(page)).toMatch(/successfully created/i)
    await page.waitForURL(/\/admin\/collections\/users\/\w+$/)
  }
  await page.close()
}

afterAll(async () => {
  await browser?.close()
  tc?.close()
})

/** Each person has their own browser (profile, language) and stays logged in. */
async function as(person: Person): Promise<Page> {
  const open = contexts.get(person)
  if (open) return open
  const p = people[person]
  const context: BrowserContext = await browser.newContext({
    locale: p.locale,
    viewport: { width: 1366, height: 900 },
    extraHTTPHeaders: { 'accept-language': `${p.locale},${p.locale.slice(0, 2)};q=0.9` },
  })
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept().catch(pageAlreadyClosed)) // "leave without saving?"
  await logIn(page, tc.cmsUrl, p.email, PASSWORD)
  contexts.set(person, page)
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false })

const panel = (page: Page) => page.locator('section.trust-center-review')

async function openVersion(page: Page): Promise<void> {
  await page.goto(versionUrl)
  await panel(page).waitFor({ timeout: 60_000 })
}

/** The review panel's text, also while the page reloads after a step. */
const panelText = (page: Page) =>
  panel(page)
    .innerText({ timeout: 2_000 })
    .catch(() => '')

/** Clicks a review button; the page reloads with the version's new status. */
async function reviewStep(
  page: Page,
  button: RegExp,
  status: RegExp,
  confirm = false,
): Promise<void> {
  await panel(page).getByRole('button', { name: button }).click()
  // approving asks first, showing what goes public
  if (confirm) await page.locator('.confirmation-modal #confirm-action').click()
  await expect.poll(() => panelText(page), { timeout: 60_000, interval: 250 }).toMatch(status)
}

describe('the editorial workflow, clicked in the admin of `npm start`', () => {
  it('the editor imports the revised document of a company, edits a measure and submits it', async () => {
    const page = await as('editor')
    await page.goto(`${tc.cmsUrl}/admin/collections/companies`)
    await page.getByRole('link', { name: 'Mailjet', exact: true }).click()
    const importer = page.locator('fieldset.trustcenter-import')
    await importer.waitFor({ timeout: 60_000 })
    await importer.locator('input[type=file]').setInputFiles(REVISION)
    await importer.getByRole('button', { name: 'Preview' }).click()
    const preview = importer.locator('section[aria-label=Preview]')
    await preview.waitFor({ timeout: 60_000 })
    await importer.locator('input[name=import-effective-date]').fill(EFFECTIVE)
    await shot(page, '01-import-preview')
    await importer.getByRole('button', { name: 'Create draft TOM version' }).click()
    await page.waitForURL(/\/admin\/collections\/tom-versions\/\w+$/, { timeout: 60_000 })
    versionUrl = page.url()
    await panel(page).waitFor({ timeout: 60_000 })
    // Against the version in force, the revision adds one measure.
    expect(await panel(page).innerText()).toMatch(/0 changed, 1 added, 0 removed, 0 moved/)

    await editMeasure(
      page,
      ['Vertraulichkeit', 'Physische Zugangskontrolle', 'In Mailjet-Räumlichkeiten'],
      OLD_MEASURE,
      NEW_MEASURE,
    )
    await shot(page, '02-editor-edits-a-measure')
    await page.getByRole('button', { name: /^Save$/ }).click()
    expect(await toastText(page)).toMatch(/successfully/i)
    await page.reload()
    await panel(page).waitFor({ timeout: 60_000 })
    expect(await panel(page).innerText()).toMatch(/1 changed, 1 added, 0 removed, 0 moved/)
    await reviewStep(page, /^Submit for review$/, /Status: In review/)
    await shot(page, '03-editor-submitted')
  }, 600_000)

  it('legal opens it from the dashboard, sees the diff, and sends it back with a comment', async () => {
    const page = await as('legal')
    // The dashboard lists what awaits review; legal opens it from there.
    await page.goto(`${tc.cmsUrl}/admin`)
    await page
      .locator('.trust-center-dashboard a', { hasText: /Mailjet/ })
      .first()
      .click()
    const review = panel(page)
    await review.waitFor({ timeout: 60_000 })
    const diff = review.locator('.trust-center-review__diff')
    expect(await diff.locator('ins').allInnerTexts()).toContain('mit Zutrittsprotokoll')
    expect(await review.innerText()).toMatch(/1 geändert, 1 neu, 0 entfernt, 0 verschoben/)
    await shot(page, '04-legal-diff')
    await review.locator('#review-comment').fill(COMMENT)
    await reviewStep(page, /^Änderungen anfordern$/, /Status: Entwurf/)
  }, 300_000)

  it('the editor reads the comment, cannot publish herself (and is told why), and resubmits', async () => {
    const page = await as('editor')
    await openVersion(page)
    expect(await panel(page).innerText()).toContain(COMMENT)
    await shot(page, '05-editor-comment')
    await setSelect(page, 'status', 'Published')
    await page.getByRole('button', { name: /^Save$/ }).click()
    const refused = await toastText(page)
    await shot(page, '06-editor-refused')
    expect(refused).toMatch(/legal or admin/i)
    expect(refused).not.toMatch(/unknown error/i)
    await openVersion(page) // the refused change is not kept
    await reviewStep(page, /^Submit for review$/, /Status: In review/)
    expect(await panel(page).innerText()).toMatch(/four-eyes rule/)
  }, 300_000)

  it('legal approves; the site shows the new version, its changes page and the feed item', async () => {
    const page = await as('legal')
    await openVersion(page)
    const approve = panel(page).getByRole('button', { name: /^Freigeben und veröffentlichen$/ })
    await approve.waitFor()
    const approvedAt = Date.now()
    await reviewStep(page, /^Freigeben und veröffentlichen$/, /Status: Veröffentlicht/, true)
    const versionPage = `${tc.siteUrl}/mailjet/toms/${EFFECTIVE}/`
    for (let live = false; !live;) {
      if (Date.now() - approvedAt > 300_000) throw new Error(`${versionPage} not live after 5 min`)
      live = (await fetch(versionPage)).status === 200
      if (!live) await new Promise((r) => setTimeout(r, 250))
    }
    console.log(
      `journey: approved → live on the site after ${((Date.now() - approvedAt) / 1000).toFixed(1)} s`,
    )

    const site = await page.context().newPage()
    await site.goto(versionPage)
    expect(await site.locator('main').innerText()).toContain(NEW_MEASURE)
    await site.goto(`${versionPage}changes/`)
    expect(await site.locator('main').innerText()).toContain('Zutrittsprotokoll')
    await shot(site, '07-site-changes')
    const feed = await (await fetch(`${tc.siteUrl}/mailjet/feed.xml`)).text()
    expect(feed).toContain(`/mailjet/toms/${EFFECTIVE}/`)
  }, 600_000)
})

/**
 * Opens the collapsed rows by their labels, outermost first, as the editor does (the section,
 * then the control: a closed row's fields are not rendered), and types the measure's new text.
 */
async function editMeasure(page: Page, rows: string[], from: string, to: string): Promise<void> {
  for (const label of rows) {
    const header = page
      .locator('.collapsible--collapsed > * > .collapsible__header-wrap', { hasText: label })
      .first()
    await header.waitFor({ state: 'visible' })
    // the row's toggle button lies over its label: a click on the label lands on it
    await header.locator('xpath=../button[contains(@class, "collapsible__toggle")]').click()
  }
  // the opened rows' fields appear as they scroll into view
  await page.waitForFunction(
    (text) => {
      const field = [...document.querySelectorAll('textarea')].find((t) => t.value === text)
      field?.setAttribute('data-journey', 'measure')
      return Boolean(field)
    },
    from,
    { timeout: 15_000 },
  )
  const field = page.locator('textarea[data-journey=measure]')
  await field.scrollIntoViewIfNeeded()
  await field.fill(to)
}
