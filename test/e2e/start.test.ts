import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simpleParser } from 'mailparser'
import { launchChromium } from '../helpers/chromium'

/**
 * `npm start` as a newcomer runs it: fresh data folder, no configuration. It must migrate, seed,
 * build, serve the site and the admin, and print both URLs and a generated demo login; then
 * publishing through the CMS must rebuild the site it serves.
 */
const root = path.resolve(import.meta.dirname, '../..')
const dataDir = mkdtempSync(path.join(tmpdir(), 'trust-center-start-'))
const sitePort = 4600 + Math.floor(Math.random() * 300)
const cmsPort = sitePort + 1000
let child: ChildProcess
let output = ''

function waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = output.match(pattern)
      if (match) {
        clearInterval(timer)
        resolve(match)
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(timer)
        reject(
          new Error(
            `npm start ${child.exitCode !== null ? `exited with ${child.exitCode}` : 'timed out'}; output:\n${output.slice(-4000)}`,
          ),
        )
      }
    }, 250)
    const deadline = Date.now() + timeoutMs
  })
}

beforeAll(async () => {
  child = spawn('npm', ['start'], {
    cwd: root,
    detached: true, // its own process group, so the whole tree can be stopped
    env: {
      ...process.env,
      TRUSTCENTER_DATA_DIR: dataDir,
      TRUSTCENTER_DIST: path.join(dataDir, 'dist'),
      PORT: String(sitePort),
      CMS_PORT: String(cmsPort),
      TRUSTCENTER_REBUILD_DEBOUNCE_MS: '500',
      DATABASE_URI: '',
      PAYLOAD_SECRET: '',
    },
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  await waitFor(/Press Ctrl\+C to stop/, 540_000)
}, 600_000)

afterAll(() => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
})

describe('npm start on a fresh data folder', () => {
  it('prints the site URL, the admin URL and a generated demo login', () => {
    expect(output).toContain(`Trust center  http://localhost:${sitePort}/`)
    expect(output).toContain(`CMS admin     http://localhost:${cmsPort}/admin`)
    const login = JSON.parse(readFileSync(path.join(dataDir, 'demo-login.json'), 'utf8'))
    expect(output).toContain(`Demo login    ${login.email} / ${login.password}`)
    expect(output).toMatch(/Seeded 6 companies/)
  })

  it('serves the trust center and the admin', async () => {
    const home = await fetch(`http://127.0.0.1:${sitePort}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('TelemaxX')
    expect((await fetch(`http://127.0.0.1:${sitePort}/mpmx/toms/2026-06-01/`)).status).toBe(200)
    const admin = await fetch(`http://127.0.0.1:${cmsPort}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<html')
  })

  it('rebuilds the served site after a change is published in the CMS', async () => {
    const { email, password } = JSON.parse(
      readFileSync(path.join(dataDir, 'demo-login.json'), 'utf8'),
    )
    const api = `http://127.0.0.1:${cmsPort}/api`
    const { token } = await (
      await fetch(`${api}/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    ).json()
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const { docs } = await (
      await fetch(`${api}/companies?where[slug][equals]=mpmx`, { headers: auth })
    ).json()
    const patched = await fetch(`${api}/companies/${docs[0].id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ description: 'Geändert im CMS, veröffentlicht per Rebuild.' }),
    })
    expect(patched.status).toBe(200)
    let status: { state?: string; message?: string } = {}
    for (let i = 0; i < 240 && status.state !== 'succeeded' && status.state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 500))
      status = await (await fetch(`${api}/globals/trust-center-build`, { headers: auth })).json()
    }
    expect(status.state, status.message).toBe('succeeded')
    expect(await (await fetch(`http://127.0.0.1:${sitePort}/mpmx/`)).text()).toContain(
      'Geändert im CMS, veröffentlicht per Rebuild.',
    )
  })

  it('subscribes from the site in Chromium: the form answers in place and the CMS writes the confirmation mail', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`http://localhost:${sitePort}/mpmx/`) // the site origin the CMS allows (CORS)
      await page.fill('#subscribe-email', 'dpo@kunde.example')
      await page.click('form.subscribe button[type=submit]')
      await page
        .locator('.subscribe-status', {
          hasText: /Bitte bestätigen Sie das Abonnement|nicht geklappt/,
        })
        .waitFor({ timeout: 20_000 })
      expect(await page.locator('.subscribe-status').innerText()).toMatch(
        /Bitte bestätigen Sie das Abonnement/,
      )
      expect(new URL(page.url()).pathname).toBe('/mpmx/')
      // No SMTP server is configured: the mail is an .eml file in data/outbox, written by the
      // subscription job the CMS's queue runs (every 10 s).
      const outbox = path.join(dataDir, 'outbox')
      const mails = () =>
        existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []
      for (const start = Date.now(); mails().length === 0 && Date.now() - start < 45_000;)
        await new Promise((resolve) => setTimeout(resolve, 250))
      const files = mails()
      expect(files).toHaveLength(1)
      const mail = await simpleParser(readFileSync(path.join(outbox, files[0]!)))
      expect(mail.to).toMatchObject({ text: 'dpo@kunde.example' })
      expect(mail.subject).toBe('Bitte bestätigen: Änderungen bei MPMX')
      expect(mail.text).toContain(`http://localhost:${cmsPort}/api/trust-center/confirm?token=`)
      expect(output).toContain(`e-mail goes to .eml files in ${outbox}`)
    } finally {
      await browser.close()
    }
  }, 90_000)

  it('imports a pasted TOM document in the admin: preview first, then a draft', async () => {
    const { email, password } = JSON.parse(
      readFileSync(path.join(dataDir, 'demo-login.json'), 'utf8'),
    )
    const api = `http://127.0.0.1:${cmsPort}/api`
    const { docs } = await (await fetch(`${api}/companies?where[slug][equals]=mailjet`)).json()
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`http://localhost:${cmsPort}/admin/login`)
      await page.fill('#field-email', email)
      await page.fill('#field-password', password)
      await page.click('button[type=submit]')
      await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
      await page.goto(`http://localhost:${cmsPort}/admin/collections/companies/${docs[0].id}`)
      const panel = page.locator('fieldset.trustcenter-import')
      await panel.waitFor({ timeout: 60_000 })
      await panel
        .locator('textarea')
        .fill(readFileSync(path.join(root, 'test/fixtures/import/word-paste.txt'), 'utf8'))
      await panel.getByRole('button', { name: 'Preview' }).click()
      const preview = panel.locator('section[aria-label=Preview]')
      await preview.waitFor({ timeout: 30_000 })
      expect(await preview.innerText()).toMatch(/3 sections, 6 controls, 0 groups, 17 measures/)
      expect(await preview.innerText()).toMatch(/Unparsed — not imported \(1\)/)
      expect(await preview.innerText()).toMatch(/company “Nordlicht Logistik GmbH”/)
      // Every item shows its source line; the editor retitles the draft and drops one measure.
      expect(await preview.locator('li[data-line]').count()).toBe(17)
      await panel.locator('input[name=import-title]').fill('TOM Nordlicht (geprüft)')
      await preview.locator('li[data-line]').first().getByRole('button', { name: /^Drop/ }).click()
      expect(await preview.locator('li[data-line]').count()).toBe(16)
      await page.setViewportSize({ width: 1366, height: 900 })
      await preview.screenshot({ path: path.join(dataDir, 'import-preview.png') })
      // Mailjet's current version took effect today; the pasted document states 2025-09-01
      await panel.getByRole('button', { name: 'Create draft TOM version' }).click()
      await panel.locator('[role=alert]').waitFor({ timeout: 30_000 })
      expect(await panel.locator('[role=alert]').innerText()).toMatch(
        /effectiveDate: Must not lie before \d{4}-\d{2}-\d{2}/,
      )
      await panel.locator('input[name=import-effective-date]').fill('2027-01-01')
      await panel.getByRole('button', { name: 'Create draft TOM version' }).click()
      await page.waitForURL(/\/admin\/collections\/tom-versions\/\d+/, { timeout: 30_000 })
      const { docs: drafts } = await (
        await fetch(
          `${api}/tom-versions?where[status][equals]=draft&where[source.filename][equals]=pasted%20text&depth=0`,
          {
            headers: {
              authorization: `JWT ${(await (await fetch(`${api}/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })).json()).token}`,
            },
          },
        )
      ).json()
      expect(drafts).toHaveLength(1)
      expect(drafts[0]).toMatchObject({
        effectiveDate: expect.stringMatching(/^2027-01-01/),
        status: 'draft',
        title: 'TOM Nordlicht (geprüft)',
      })
      const stored = (drafts[0].sections as { controls: { measures: unknown[] }[] }[])
        .flatMap((s) => s.controls)
        .reduce((n, c) => n + c.measures.length, 0)
      expect(stored).toBe(16)
    } finally {
      await browser.close()
    }
  })
})
