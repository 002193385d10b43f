import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { pageAlreadyClosed } from '../helpers/chromium'
import type { AdminServer } from '../helpers/adminServer'
import { logIn, setSelect, toastText } from '../helpers/adminUi'
import type { TestPayload } from '../helpers/payload'
import { PASSWORD, SOURCE_DOCUMENT } from '../helpers/adminWorkflowSetup'
import { closeReviewAdmin, type ReviewAdmin, startReviewAdmin } from '../helpers/reviewAdmin'

/**
 * The review workflow in the production admin, clicked in Chromium with every request that leaves
 * this machine blocked (a self-hosted admin must work offline): the rule's own message in the
 * toast (English and German); the time until a real imported draft can be used (the login form's
 * is login-page.browser.test.ts's); the "Document locked" modal naming its holder; the import
 * panel and the other plugin screens in German; and what a review step's click shows. (The review buttons and summary are
 * tested over REST in review.test.ts.) Screenshots go to SHOTS.
 */
const SHOTS = path.resolve(import.meta.dirname, '../.tmp/admin-review')
let t: TestPayload
let admin: AdminServer
let browser: Browser
let s: ReviewAdmin['s']
const blocked: string[] = []

beforeAll(async () => {
  ;({ t, s, admin, browser } = await startReviewAdmin(SHOTS))
}, 900_000)
afterAll(() => closeReviewAdmin({ t, admin, browser }))

/** A browser profile in which only loopback is reachable; what else was asked for is recorded. */
async function offlineContext(locale = 'en-US'): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1366, height: 900 },
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
    .locator('.step-nav a', { hasText: /^(TOM versions|TOM-Versionen)$/ })
    .first()
    .click()
  await page.waitForURL((url) => url.pathname.endsWith('/collections/tom-versions'))
}

/** Leaves a document with unsaved changes: the breadcrumb, then "Leave anyway" in Payload's modal. */
async function leaveDiscarding(page: Page): Promise<void> {
  await page
    .locator('.step-nav a', { hasText: /^(TOM versions|TOM-Versionen)$/ })
    .first()
    .click()
  await page.locator('#confirm-action').click()
  await page.waitForURL((url) => url.pathname.endsWith('/collections/tom-versions'))
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`) })

const locksOn = async (id: number | string) =>
  (
    await t.payload.count({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: id } },
    })
  ).totalDocs

async function signedIn(email: string, locale = 'en-US'): Promise<Page> {
  const page = await (await offlineContext(locale)).newPage()
  await logIn(page, admin.url, email, PASSWORD)
  return page
}

const panel = (page: Page) => page.locator('.trust-center-review')

/**
 * Clicks a review step's button and returns the toast it shows; the document is refreshed in
 * place (no page load), so the toast stays on screen.
 */
async function reviewStep(page: Page, button: RegExp, confirm = false): Promise<string> {
  await page.evaluate(() => Object.assign(window, { beforeTheStep: true }))
  await panel(page).getByRole('button', { name: button }).click()
  // approving asks first (the dialog is tested in admin-review-de.browser.test.ts)
  if (confirm) await page.locator('.confirmation-modal #confirm-action').click()
  const toast = await toastText(page)
  expect(await page.evaluate(() => 'beforeTheStep' in window)).toBe(true)
  return toast
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
    const elements = await page.evaluate(() => document.querySelectorAll('*').length)
    console.log(
      `admin timing: imported draft (${measures} measures, ${elements} elements) editable after ${times.join(', ')} ms (first, then warm)`,
    )
    // What keeps it light: a closed row's fields are not in the page until the row is opened.
    const fieldsIn = (row: ReturnType<Page['locator']>) =>
      row.locator('textarea, input[type=text]').count()
    const firstSection = page.locator('#field-sections .array-field__row').first()
    expect(await fieldsIn(firstSection)).toBe(0)
    await firstSection.locator('.collapsible__toggle').first().click()
    await expect.poll(() => fieldsIn(firstSection)).toBeGreaterThan(0)
    await page.goto(`${admin.url}/admin/logout`)
    await context.close()
  }, 300_000)

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
      // publishing asks first (admin-review-de.browser.test.ts); the server then refuses
      await page.locator('.confirmation-modal #confirm-action').click()
      const toast = await toastText(page)
      await page.screenshot({ path: `/tmp/wf-toast-${locale}.png` })
      expect(toast).toMatch(expected)
      expect(toast).not.toMatch(/unknown error/i)
      await page
        .locator('#field-title')
        .fill('Technische und organisatorische Maßnahmen der Mailingwork GmbH nach Art. 32 DSGVO')
      await leaveDiscarding(page) // which ends legal's lock, taken when the form changed
      await context.close()
    }
    expect(
      (await t.payload.findByID({ collection: 'tom-versions', id: s.versionId, depth: 0 })).status,
    ).toBe('in-review')
  }, 400_000)

  it('a colleague sees who holds the lock, by name, and may take over; leaving ends it', async () => {
    // the previous test's lock ends with a request its page sends on leaving: let it arrive
    await expect.poll(() => locksOn(s.versionId), { timeout: 60_000 }).toBe(0)
    const editor = await signedIn(s.editor.email)
    await openVersion(editor, s.versionId)
    // Payload takes the lock when the form first changes, not when the document is opened.
    const title = editor.locator('#field-title')
    await title.fill(`${await title.inputValue()} (in Arbeit)`)
    await expect.poll(() => locksOn(s.versionId), { timeout: 90_000 }).toBe(1)

    const legal = await signedIn(s.legal.email, 'de-DE')
    await legal.goto(`${admin.url}/admin/collections/tom-versions/${s.versionId}`)
    const modal = legal.locator('.document-locked')
    await modal.waitFor({ timeout: 90_000 })
    await shot(legal, 'lock-modal-de')
    const text = await modal.innerText()
    expect(text).toContain('Dokument gesperrt')
    expect(text).toContain('Erika Editor')
    expect(text).not.toContain(s.editor.email)
    expect(await modal.getByRole('button', { name: 'Übernehmen' }).isVisible()).toBe(true)
    // since when, in German ("2. Dez. 2026, 14:18"), not Payload's fixed US format
    await expect
      .poll(() => modal.innerText(), { timeout: 30_000 })
      .toMatch(/\d{1,2}\. \S+ \d{4}, \d{1,2}:\d{2}/)
    expect(await modal.innerText()).not.toMatch(/\b(AM|PM)\b/)
    await shot(legal, 'lock-modal-de-date')

    // While the editor has it open, the lock is kept fresh even if she types nothing (a lock about
    // to expire, as after 80 s of reading, is refreshed by her edit view's heartbeat).
    const { docs } = await t.payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: s.versionId } },
    })
    await t.payload.db.updateOne({
      collection: 'payload-locked-documents',
      id: docs[0]!.id,
      data: { updatedAt: new Date(Date.now() - 80_000).toISOString() },
      returning: false,
    })
    const lockAge = async () => {
      const lock = await t.payload.findByID({
        collection: 'payload-locked-documents',
        id: docs[0]!.id,
      })
      return Date.now() - new Date(lock.updatedAt).getTime()
    }
    expect(await lockAge()).toBeGreaterThan(60_000)
    await expect.poll(lockAge, { timeout: 90_000, interval: 1_000 }).toBeLessThan(40_000)

    await leaveDiscarding(editor)
    await expect.poll(() => locksOn(s.versionId), { timeout: 90_000 }).toBe(0)
    await openVersion(legal, s.versionId) // editable: nobody holds it any more
    expect(await legal.locator('.document-locked').isVisible()).toBe(false)
    await shot(legal, 'lock-gone-de')
    await leave(legal)
    await legal.context().close()

    // Closing the tab ends the lock too: the page sends a beacon on pagehide. A browser that
    // is killed before the beacon leaves (as headless Chromium may be when its page is closed)
    // leaves a lock that expires after 90 s. Either way a colleague then opens it editable.
    await openVersion(editor, s.versionId)
    await title.fill(`${await title.inputValue()} (in Arbeit)`)
    await expect.poll(() => locksOn(s.versionId), { timeout: 90_000 }).toBe(1)
    editor.on('dialog', (dialog) => void dialog.accept().catch(pageAlreadyClosed)) // "leave without saving?"
    await editor.close({ runBeforeUnload: true })
    await editor.context().close()
    const released = async () => {
      const { docs: left } = await t.payload.find({
        collection: 'payload-locked-documents',
        where: { 'document.value': { equals: s.versionId } },
      })
      return left.every((lock) => Date.now() - new Date(lock.updatedAt).getTime() > 90_000)
    }
    await expect.poll(released, { timeout: 150_000, interval: 2_000 }).toBe(true)
    const colleague = await signedIn(s.legal.email, 'de-DE')
    await openVersion(colleague, s.versionId)
    expect(await colleague.locator('.document-locked').isVisible()).toBe(false)
    await colleague.context().close()
  }, 600_000)

  it('an editor whose lock is taken over is told by whom and when, keeps her changes, and her save is refused in German', async () => {
    await t.payload.delete({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: s.versionId } },
    })
    const editor = await signedIn(s.editor.email, 'de-DE')
    await editor
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: admin.url })
    await openVersion(editor, s.versionId)
    const title = editor.locator('#field-title')
    const changed = `${await title.inputValue()} (Entwurf Erika)`
    // her view knows the lock is hers once its heartbeat has seen it
    const holding = editor.waitForResponse(
      async (r) =>
        r.url().endsWith('/trust-center/document-lock') &&
        ((await r.json().catch(() => null)) as { lock?: unknown } | null)?.lock != null,
      { timeout: 120_000 },
    )
    await title.fill(changed)
    await holding

    const legal = await signedIn(s.legal.email) // English admin
    await legal.goto(`${admin.url}/admin/collections/tom-versions/${s.versionId}`)
    const locked = legal.locator('.document-locked')
    await locked.waitFor({ timeout: 90_000 })
    await shot(legal, 'takeover-locked-en')
    const tookOver = Date.now()
    await locked.getByRole('button', { name: 'Take over' }).click()

    const notice = editor.locator('dialog.lock-taken-over')
    await notice.waitFor({ state: 'visible', timeout: 90_000 })
    console.log(
      `lock take-over noticed by the previous holder after ${Date.now() - tookOver} ms (load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    )
    const text = await notice.innerText()
    expect(text).toMatch(/Lena Legal hat die Bearbeitung um \d{1,2}:\d{2} übernommen\./)
    expect(text).not.toMatch(/\b(AM|PM)\b/)
    expect(text).toContain('Ihre ungespeicherten Änderungen')
    expect(text).toMatch(/Titel: .*\(Entwurf Erika\)/)
    await shot(editor, 'takeover-notice-de')
    await notice.getByRole('button', { name: 'Änderungen kopieren' }).click()
    await expect
      .poll(() => editor.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toContain('(Entwurf Erika)')
    await notice.getByRole('button', { name: 'Formular offen lassen' }).click()
    expect(await notice.isVisible()).toBe(false)
    expect(await title.inputValue()).toBe(changed) // nothing was discarded

    // saving anyway is refused, in her language, naming who holds the document now
    await editor.getByRole('button', { name: /^Speichern$/ }).click()
    const toast = await toastText(editor)
    expect(toast).toContain('Lena Legal hat die Bearbeitung dieses Dokuments übernommen')
    expect(toast).not.toMatch(/unknown error|currently locked|unbekannter Fehler/i)
    await shot(editor, 'takeover-save-refused-de')
    const refused = await editor.evaluate(
      async ({ url, id }) => {
        const response = await fetch(`${url}/api/tom-versions/${id}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'accept-language': 'de' },
          body: JSON.stringify({ changeSummary: 'über REST' }),
        })
        return { status: response.status, body: await response.json() }
      },
      { url: admin.url, id: s.versionId },
    )
    expect(refused.status).toBe(423)
    expect(refused.body.errors[0].data.rule).toBe('lockedBy')
    expect(
      (await t.payload.findByID({ collection: 'tom-versions', id: s.versionId, depth: 0 })).title,
    ).not.toContain('(Entwurf Erika)')

    await leave(legal)
    await legal.context().close()
    await editor.context().close()
    await t.payload.delete({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: s.versionId } },
    })
  }, 600_000)

  it('the import panel and the dashboard speak German in the German admin', async () => {
    const page = await signedIn(s.legal.email, 'de-DE')
    await expect
      .poll(() => page.locator('.trust-center-dashboard').innerText(), { timeout: 90_000 })
      .toContain('Wartet auf Prüfung')
    await shot(page, 'dashboard-de')
    // the navigation groups of the plugin's collections, on the dashboard's cards
    await expect
      .poll(() => page.locator('.dashboard').innerText(), { timeout: 90_000 })
      .toMatch(/Einstellungen[\s\S]*Abonnements/)
    expect(await page.locator('.dashboard').innerText()).not.toMatch(/\b(Settings|Subscriptions)\b/)
    await page.goto(`${admin.url}/admin/collections/companies/${s.company.id}`)
    const importer = page.locator('fieldset.trustcenter-import')
    await importer.waitFor({ timeout: 90_000 })
    const before = await importer.innerText()
    for (const label of ['Dokument importieren', 'TOM-Dokument', 'Datei', 'Text einfügen'])
      expect(before).toContain(label)
    // the document plus a control no Art. 32 category fits and a separator line: a warning and a
    // skipped line, which the importer reports as codes; the panel says them in German
    const withNotes = readFileSync(SOURCE_DOCUMENT, 'utf8').replace(
      '## 2. Integrität',
      '#### 1.6. KAFFEEKÜCHE\n\n- Filterkaffee\n\n---\n\n## 2. Integrität',
    )
    await importer.locator('textarea').fill(withNotes)
    await importer.getByRole('button', { name: 'Vorschau', exact: true }).click()
    const preview = importer.locator('section[aria-label=Vorschau]')
    await preview.waitFor({ timeout: 60_000 })
    const shown = await importer.innerText()
    for (const label of [
      'Titel',
      'Gültig ab',
      'Gelesen als',
      'Maßnahmen',
      'Zeile',
      'Kontrolle entfernen',
      'Entfernen',
      'TOM-Version als Entwurf anlegen',
    ])
      expect(shown).toContain(label)
    expect(shown).toMatch(
      /Zeile \d+: Überschrift „KAFFEEKÜCHE“ passt zu keiner Kategorie nach Art\. 32 DSGVO; unter „Sonstiges“ abgelegt/,
    )
    await importer.locator('summary', { hasText: 'Übersprungen' }).click()
    expect(await importer.innerText()).toMatch(/Zeile \d+: Trennlinie ohne Inhalt/)
    for (const english of [
      /Read as/,
      /Lines:/,
      /Title:/,
      /Effective date/,
      /line \d/,
      /Drop/,
      /matches no/,
      /separator line/,
    ])
      expect(await importer.innerText()).not.toMatch(english)
    for (const button of ['Preview', 'Drop', 'Merge with above', 'Create draft TOM version'])
      expect(await importer.getByRole('button', { name: button, exact: true }).count()).toBe(0)
    await shot(page, 'import-preview-de')
    // a document the importer refuses: the reason in German too
    await importer.locator('textarea').fill('Hallo Welt,\n\nnur ein Gruß.')
    await importer.getByRole('button', { name: 'Vorschau', exact: true }).click()
    const refusal = importer.locator('[role=alert]')
    await refusal.waitFor({ timeout: 60_000 })
    expect(await refusal.innerText()).toMatch(
      /^eingefügter Text: Zeile 1: keine TOM-Gliederung in den Zeilen 1–\d+ gefunden/,
    )
    expect(await refusal.innerText()).not.toMatch(/no TOM structure/)
    await shot(page, 'import-refused-de')
    await page.goto(`${admin.url}/admin/collections/objections`)
    await expect
      .poll(() => page.locator('.objections-export').innerText(), { timeout: 90_000 })
      .toContain('Alle bestätigten Einsprüche als CSV herunterladen')
    expect(await page.locator('body').innerText()).toContain('Export als CSV')
    await shot(page, 'objections-de')
    await page.context().close()
  }, 600_000)

  it('a new version in the German admin: field errors in German, a date typed as 1.4.2027 is the 1st of April', async () => {
    const page = await signedIn(s.editor.email, 'de-DE')
    await page.goto(`${admin.url}/admin/collections/tom-versions/create`)
    await page.locator('#field-title').waitFor({ timeout: 90_000 })
    await page.getByRole('button', { name: /^Speichern$/ }).click()
    await expect
      .poll(() => page.locator('.field-error, .tooltip-content').allInnerTexts(), {
        timeout: 30_000,
      })
      .toContain('Dieses Feld ist erforderlich.')
    const errors = (await page.locator('.field-error, .tooltip-content').allInnerTexts()).join('\n')
    expect(errors).toMatch(/Erforderlich, z\. B\. „2026-06-01“/)
    expect(errors).not.toMatch(/required|Required/)
    const date = page.locator('#field-effectiveDate input')
    await date.fill('1.4.2027')
    await date.press('Tab')
    await expect.poll(() => date.inputValue()).toBe('1. Apr. 2027')
    await shot(page, 'create-version-de-errors')
    await page.context().close()
  }, 300_000)

  it('each review step shows its outcome after the click, without reloading the page', async () => {
    // independent of how the lock test ended: nobody holds the version
    await t.payload.delete({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: s.versionId } },
    })
    const legal = await signedIn(s.legal.email, 'de-DE')
    await openVersion(legal, s.versionId)
    await panel(legal).locator('#review-comment').fill('Bitte Abschnitt 2 präzisieren.')
    expect(await reviewStep(legal, /^Änderungen anfordern$/)).toBe(
      'Mit Ihrem Kommentar zurückgegeben',
    )
    await expect
      .poll(() => panel(legal).innerText(), { timeout: 90_000 })
      .toMatch(/Status: Entwurf/)
    // the form was refreshed too: its status field shows the new state
    await expect
      .poll(() => legal.locator('#field-status').innerText(), { timeout: 90_000 })
      .toContain('Entwurf')
    await shot(legal, 'review-sent-back-de')
    await leave(legal)

    const editor = await signedIn(s.editor.email)
    await openVersion(editor, s.versionId)
    expect(await reviewStep(editor, /^Submit for review$/)).toBe('Submitted for review')
    await expect
      .poll(() => panel(editor).innerText(), { timeout: 90_000 })
      .toMatch(/Status: In review/)
    expect(await panel(editor).innerText()).toContain('Bitte Abschnitt 2 präzisieren.')
    await shot(editor, 'review-submitted-en')
    await leave(editor)
    await editor.context().close()

    await openVersion(legal, s.versionId)
    expect(await reviewStep(legal, /^Freigeben und veröffentlichen$/, true)).toBe(
      'Freigegeben und veröffentlicht',
    )
    await expect
      .poll(() => panel(legal).innerText(), { timeout: 90_000 })
      .toMatch(/Status: Veröffentlicht/)
    // a published version shows legal its proof of notice, in German
    await expect
      .poll(() => legal.locator('.proof-of-notice').innerText(), { timeout: 90_000 })
      .toContain('Nachweis der Benachrichtigung')
    await shot(legal, 'review-published-de')
    await legal.context().close()
    expect(
      (await t.payload.findByID({ collection: 'tom-versions', id: s.versionId, depth: 0 })).status,
    ).toBe('published')
  }, 600_000)

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
