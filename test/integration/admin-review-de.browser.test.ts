import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { AdminServer } from '../helpers/adminServer'
import { logIn, setSelect, toastText } from '../helpers/adminUi'
import type { TestPayload } from '../helpers/payload'
import { subprocessorData } from '../helpers/createData'
import { PASSWORD, type ReviewUser } from '../helpers/adminWorkflowSetup'
import type { TomVersion } from '../../cms/payload-types'
import { closeReviewAdmin, type ReviewAdmin, startReviewAdmin } from '../helpers/reviewAdmin'

/**
 * The review workflow as a German legal team walks it, in two browsers: legal sends a new version
 * back and the editor finds it on her dashboard with the comment; "Freigeben und veröffentlichen"
 * asks first, showing what goes public; and on a 360 px phone no admin screen scrolls sideways.
 * Screenshots go to SHOTS.
 */
const SHOTS = path.resolve(import.meta.dirname, '../.tmp/admin-review-de')
const COMMENT = 'Bitte die Verschlüsselung genauer beschreiben.'
const NOTICE = 'Neue Maßnahme zur Verschlüsselung; eine veraltete entfällt.'
let t: TestPayload
let admin: AdminServer
let browser: Browser
let s: ReviewAdmin['s']
let nextId: number | string

type Sections = Array<{ controls: Array<{ measures: Array<{ text: string }> }> }>

/** A review step as its button takes it: the new status, by that user, with the step's action. */
async function reviewStep(
  id: number | string,
  status: TomVersion['status'],
  user: ReviewUser,
  action: string,
) {
  await t.payload.update({
    collection: 'tom-versions',
    id,
    data: { status },
    user,
    overrideAccess: false,
    context: { trustCenterReview: { action } },
  })
}

/** Version 1 in force; version 2 by the editor, with a measure added, one changed, one removed. */
async function newVersionAgainstOneInForce() {
  await reviewStep(s.versionId, 'published', s.legal, 'approved')
  const first = await t.payload.findByID({ collection: 'tom-versions', id: s.versionId })
  const sections = structuredClone(first.sections) as unknown as Sections
  const measures = sections[0]!.controls[0]!.measures
  measures.splice(0, 1)
  measures[0] = { text: `${measures[0]!.text} (täglich geprüft)` }
  measures.push({ text: 'Verschlüsselung aller Datenträger mit AES-256' })
  const next = await t.payload.create({
    collection: 'tom-versions',
    data: {
      company: s.company.id,
      title: first.title,
      effectiveDate: '2026-06-01',
      version: '2026-06-01',
      status: 'draft',
      changeSummary: NOTICE,
      sections: JSON.parse(JSON.stringify(sections)).map(withoutIds),
    },
    user: s.editor,
    overrideAccess: false,
  })
  await reviewStep(next.id, 'in-review', s.editor, 'submitted')
  return next.id
}

/** The next version after `fromId` (in force) by the editor, one measure added, in review. */
async function nextVersionInReview(fromId: number | string, day: string) {
  const from = await t.payload.findByID({ collection: 'tom-versions', id: fromId })
  const sections = structuredClone(from.sections) as unknown as Sections
  sections[0]!.controls[0]!.measures.push({ text: 'Schlüsselwechsel jährlich' })
  const next = await t.payload.create({
    collection: 'tom-versions',
    data: {
      company: s.company.id,
      title: from.title,
      effectiveDate: day,
      version: day,
      status: 'draft',
      changeSummary: 'Jährlicher Schlüsselwechsel.',
      sections: JSON.parse(JSON.stringify(sections)).map(withoutIds),
    },
    user: s.editor,
    overrideAccess: false,
  })
  await reviewStep(next.id, 'in-review', s.editor, 'submitted')
  return next.id
}

/** A stored row's ids dropped, so the new version's rows get their own. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'id')
      .map(([k, v]) => [k, withoutIds(v)]),
  )
}

beforeAll(async () => {
  ;({ t, s, admin, browser } = await startReviewAdmin(SHOTS))
  nextId = await newVersionAgainstOneInForce()
}, 900_000)
afterAll(() => closeReviewAdmin({ t, admin, browser }))

async function signedIn(email: string, width = 1366, height = 900): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: { width, height },
    extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' },
  })
  const page = await context.newPage()
  await logIn(page, admin.url, email, PASSWORD)
  return page
}

async function openVersion(page: Page, id: number | string): Promise<void> {
  await page.goto(`${admin.url}/admin/collections/tom-versions/${id}`)
  await page.locator('.trust-center-review').waitFor({ timeout: 90_000 })
}

const panel = (page: Page) => page.locator('.trust-center-review')
const statusOf = async (id: number | string) =>
  (await t.payload.findByID({ collection: 'tom-versions', id, depth: 0 })).status
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

describe('the review workflow in the German admin, as a legal team walks it', () => {
  // First, while version 2 is in review: legal sees the review buttons, the comment box and the
  // diff.
  it('at 360 px no admin screen scrolls sideways: dashboard, list views, TOM versions, the dialog', async () => {
    const page = await signedIn(s.legal.email, 360, 800)
    const wide: string[] = []
    for (const [name, route, ready] of [
      ['dashboard', '', '.trust-center-dashboard'],
      ['tom-versions-list', '/collections/tom-versions', '.collection-list'],
      ['subprocessors-list', '/collections/subprocessors', '.collection-list'],
      ['companies-list', '/collections/companies', '.collection-list'],
      ['tom-version', `/collections/tom-versions/${s.versionId}`, '.trust-center-review'],
      ['tom-version-new', `/collections/tom-versions/${nextId}`, '.trust-center-review'],
    ] as const) {
      await page.goto(`${admin.url}/admin${route}`)
      await page.locator(ready).first().waitFor({ timeout: 90_000 })
      await page.waitForLoadState('networkidle')
      await shot(page, `phone-${name}`)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 360) wide.push(`${name}: ${width} px, ${await overflowing(page)}`)
    }
    await panel(page)
      .getByRole('button', { name: /^Freigeben und veröffentlichen$/ })
      .click()
    await page.locator('.confirmation-modal').waitFor({ timeout: 30_000 })
    await shot(page, 'phone-approve-confirm')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    if (width > 360) wide.push(`approve dialog: ${width} px, ${await overflowing(page)}`)
    expect(wide).toEqual([])
    await page.locator('.confirmation-modal').getByRole('button', { name: 'Abbrechen' }).click()
    expect(await statusOf(nextId)).toBe('in-review')
    await page.context().close()
  }, 600_000)
  it('legal sends a version back; the editor finds it under "An Sie zurückgegeben" with the comment', async () => {
    const legal = await signedIn(s.legal.email)
    await openVersion(legal, nextId)
    await panel(legal).locator('#review-comment').fill(COMMENT)
    await panel(legal)
      .getByRole('button', { name: /^Änderungen anfordern$/ })
      .click()
    expect(await toastText(legal)).toBe('Mit Ihrem Kommentar zurückgegeben')
    await expect.poll(() => statusOf(nextId), { timeout: 30_000 }).toBe('draft')
    // legal did not edit it: nothing is returned to her
    await legal.goto(`${admin.url}/admin`)
    const hers = legal.locator('.trust-center-returned')
    await hers.waitFor({ timeout: 90_000 })
    expect(await hers.innerText()).toContain('Nichts wurde an Sie zurückgegeben.')
    await legal.context().close()

    const editor = await signedIn(s.editor.email)
    const returned = editor.locator('.trust-center-returned')
    await returned.waitFor({ timeout: 90_000 })
    const text = await returned.innerText()
    expect(text).toContain('An Sie zurückgegeben')
    expect(text).toContain(`Lena Legal: „${COMMENT}“`)
    await shot(editor, 'dashboard-returned-de')
    await returned.getByRole('link', { name: /\(2026-06-01\)/ }).click()
    await editor.waitForURL((url) => url.pathname.endsWith(`/tom-versions/${nextId}`))
    await panel(editor)
      .getByRole('button', { name: /^Zur Prüfung einreichen$/ })
      .click()
    expect(await toastText(editor)).toBe('Zur Prüfung eingereicht')
    await expect.poll(() => statusOf(nextId), { timeout: 30_000 }).toBe('in-review')
    // submitted again: no longer returned
    await editor.goto(`${admin.url}/admin`)
    await expect
      .poll(() => returned.innerText(), { timeout: 90_000 })
      .toContain('Nichts wurde an Sie zurückgegeben.')
    await editor.context().close()
  }, 600_000)

  it('"Freigeben und veröffentlichen" asks first, showing the changes, the date and the notice', async () => {
    const legal = await signedIn(s.legal.email)
    await openVersion(legal, nextId)
    const approve = panel(legal).getByRole('button', { name: /^Freigeben und veröffentlichen$/ })
    await approve.click()
    const dialog = legal.locator('.confirmation-modal')
    await dialog.waitFor({ timeout: 30_000 })
    const summary = (await legal.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).json(),
      `${admin.url}/api/tom-versions/${nextId}/review`,
    )) as { diff: { counts: Record<string, number> } }
    const { added = 0, changed = 0, removed = 0 } = summary.diff.counts
    expect(added).toBeGreaterThan(0)
    expect(changed).toBeGreaterThan(0)
    expect(removed).toBeGreaterThan(0)
    const text = await dialog.innerText()
    expect(text).toContain('Freigeben und veröffentlichen?')
    expect(text).toContain(`Maßnahmen: ${added} neu, ${changed} geändert, ${removed} entfernt`)
    expect(text).toMatch(/Gültig ab\s+1\. Juni 2026/)
    expect(text).toContain(NOTICE)
    await shot(legal, 'approve-confirm-de')
    // Cancel does nothing
    await dialog.getByRole('button', { name: 'Abbrechen' }).click()
    await dialog.waitFor({ state: 'detached', timeout: 30_000 })
    await new Promise((r) => setTimeout(r, 1_000))
    expect(await statusOf(nextId)).toBe('in-review')
    // confirming publishes
    await approve.click()
    await dialog.getByRole('button', { name: 'Veröffentlichen' }).click()
    expect(await toastText(legal)).toBe('Freigegeben und veröffentlicht')
    expect(await statusOf(nextId)).toBe('published')
    await legal.context().close()
  }, 600_000)

  it('Payload’s own Save with Status = Veröffentlicht asks the same first; any other save does not', async () => {
    const thirdId = await nextVersionInReview(nextId, '2026-09-01')
    const legal = await signedIn(s.legal.email)
    await openVersion(legal, thirdId)
    const dialog = legal.locator('.confirmation-modal')
    const save = legal.getByRole('button', { name: /^Speichern$/ })
    // a save that publishes nothing goes straight through
    await legal.locator('#field-changeSummary').fill('Jährlicher Schlüsselwechsel, geprüft.')
    await save.click()
    await toastText(legal)
    expect(await dialog.count()).toBe(0)
    expect(await statusOf(thirdId)).toBe('in-review')
    // Status = Veröffentlicht: the dialog, with the form's date and notice
    await setSelect(legal, 'status', 'Veröffentlicht')
    await save.click()
    await dialog.waitFor({ timeout: 30_000 })
    const text = await dialog.innerText()
    expect(text).toContain('Freigeben und veröffentlichen?')
    expect(text).toContain('Maßnahmen: 1 neu, 0 geändert, 0 entfernt')
    expect(text).toMatch(/Gültig ab\s+1\. September 2026/)
    expect(text).toContain('Jährlicher Schlüsselwechsel, geprüft.')
    await shot(legal, 'save-published-confirm-de')
    await dialog.getByRole('button', { name: 'Abbrechen' }).click()
    await dialog.waitFor({ state: 'detached', timeout: 30_000 })
    await new Promise((r) => setTimeout(r, 1_000))
    expect(await statusOf(thirdId)).toBe('in-review')
    await legal.keyboard.press('Control+s') // Payload's shortcut clicks the same button
    await dialog.getByRole('button', { name: 'Veröffentlichen' }).click()
    await expect.poll(() => statusOf(thirdId), { timeout: 60_000 }).toBe('published')
    await legal.context().close()
  }, 600_000)

  it('Payload’s own "Veröffentlichen" of a subprocessor asks the same first', async () => {
    const { id } = await t.payload.create({
      collection: 'subprocessors',
      data: subprocessorData({
        company: s.company.id,
        name: 'Wolkig AG',
        purpose: 'Hosting',
        locations: ['DE'],
        status: 'active',
        changeNote: 'Neuer Hosting-Dienstleister.',
      }),
      user: s.editor,
      overrideAccess: false,
    })
    const published = async () =>
      (
        await t.payload.find({
          collection: 'subprocessors',
          where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        })
      ).totalDocs
    const legal = await signedIn(s.legal.email)
    await legal.goto(`${admin.url}/admin/collections/subprocessors/${id}`)
    await legal.locator('.trust-center-review').waitFor({ timeout: 90_000 })
    const publish = legal.locator('#action-save')
    expect(await publish.innerText()).toMatch(/veröffentlichen/i)
    await publish.click()
    const dialog = legal.locator('.confirmation-modal')
    await dialog.waitFor({ timeout: 30_000 })
    const text = await dialog.innerText()
    expect(text).toContain('Freigeben und veröffentlichen?')
    expect(text).toMatch(/Änderungen gegenüber dem veröffentlichten Stand\s+\d+ geänderte Felder/)
    expect(text).toContain('Neuer Hosting-Dienstleister.')
    await shot(legal, 'subprocessor-publish-confirm-de')
    await dialog.getByRole('button', { name: 'Abbrechen' }).click()
    await dialog.waitFor({ state: 'detached', timeout: 30_000 })
    await new Promise((r) => setTimeout(r, 1_000))
    expect(await published()).toBe(0)
    await publish.click()
    await dialog.getByRole('button', { name: 'Veröffentlichen' }).click()
    await expect.poll(published, { timeout: 60_000 }).toBe(1)
    await legal.context().close()
  }, 600_000)
})

/**
 * The innermost elements that reach past the viewport's right edge and are not clipped by a
 * scrolling or hidden-overflow ancestor (those widen the page), for the failure message.
 */
function overflowing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clipped = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true
      return false
    }
    const past = [...document.querySelectorAll('body *')].filter(
      (e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(e),
    )
    return past
      .filter((e) => !past.some((other) => other !== e && e.contains(other)))
      .slice(0, 8)
      .map((e) => {
        const { right } = e.getBoundingClientRect()
        return `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (right ${Math.round(right)})`
      })
      .join(', ')
  })
}
