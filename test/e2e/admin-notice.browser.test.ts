import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/chromium'

/**
 * Objections and proof of notice as legal sees them, on `npm start`: a customer subscribes and
 * objects through the CMS's public endpoints, a change is published, the jobs runner mails the
 * subscriber; in the admin (Chromium) the change shows its proof of notice and objection count,
 * and the objections list shows the receipt number.
 */
const root = path.resolve(import.meta.dirname, '../..')
const dataDir = mkdtempSync(path.join(tmpdir(), 'trust-center-admin-'))
const sitePort = 4300 + Math.floor(Math.random() * 300)
const cmsPort = sitePort + 1000
const cms = `http://localhost:${cmsPort}`
const shots = path.resolve(import.meta.dirname, '../.tmp/screenshots')
let child: ChildProcess
let output = ''

beforeAll(async () => {
  child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      TRUSTCENTER_DATA_DIR: dataDir,
      TRUSTCENTER_DIST: path.join(dataDir, 'dist'),
      PORT: String(sitePort),
      CMS_PORT: String(cmsPort),
      TRUSTCENTER_CMS_URL: cms,
      TRUSTCENTER_BATCH_WINDOW_MS: '0',
      TRUSTCENTER_REBUILD: 'off',
      DATABASE_URI: '',
      PAYLOAD_SECRET: '',
    },
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const deadline = Date.now() + 840_000
  while (!output.includes('Press Ctrl+C to stop')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm start did not come up:\n${output.slice(-3000)}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}, 900_000)
afterAll(() => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
})

const outbox = () => {
  try {
    return readdirSync(path.join(dataDir, 'outbox'))
      .sort()
      .map((f) =>
        readFileSync(path.join(dataDir, 'outbox', f), 'utf8')
          .replace(/=\r?\n/g, '')
          .replace(/=3D/g, '='),
      )
  } catch {
    return []
  }
}
async function api(p: string, body?: unknown, token?: string) {
  const response = await fetch(`${cms}/api/${p}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as Record<string, any>,
  }
}
const until = async (check: () => Promise<boolean> | boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 500)))
    if (await check()) return true
  return false
}

describe('legal in the admin', () => {
  it('sees who was notified of a change, its objections and their receipt numbers', async () => {
    const login = JSON.parse(readFileSync(path.join(dataDir, 'demo-login.json'), 'utf8')) as {
      email: string
      password: string
    }
    const token = (await api('users/login', login)).body.token as string
    const company = (await api('companies?where[slug][equals]=beispiel-cloud', undefined, token))
      .body.docs[0]
    expect(
      (
        await api('trust-center/subscribe', {
          email: 'dpo@kunde.example',
          company: 'beispiel-cloud',
          topics: ['subprocessors'],
          locale: 'de',
        })
      ).status,
    ).toBe(202)
    // The request queues the subscription; the CMS's queue (every 10 s) stores it and mails.
    expect(await until(() => outbox().some((m) => m.includes('confirm?token=')), 30_000)).toBe(true)
    const confirmToken = outbox()
      .join('\n')
      .match(/confirm\?token=([\w-]+)/)![1]
    expect((await api('trust-center/confirm', { token: confirmToken })).status).toBe(200)
    // A subprocessor change goes through review: the admin adds it and submits it, a legal user
    // approves it (four-eyes), and only then is its event recorded and notified.
    const legal = { email: 'lena.legal@trust.example', password: 'Vier-Augen-Prinzip-2026' }
    expect(
      (await api('users', { ...legal, name: 'Lena Legal', role: 'legal' }, token)).status,
    ).toBe(201)
    const legalToken = (await api('users/login', legal)).body.token as string
    const sub = (
      await api(
        'subprocessors',
        {
          company: company.id,
          name: 'Admin Check AG',
          purpose: 'Support-Tickets',
          locations: ['DE'],
          transferSafeguard: 'eu-eea',
          status: 'announced',
        },
        token,
      )
    ).body.doc
    expect((await api(`subprocessors/${sub.id}/submit`, {}, token)).status).toBe(200)
    expect((await api(`subprocessors/${sub.id}/approve`, {}, legalToken)).status).toBe(200)
    const event = (
      await api(`subprocessor-events?where[subprocessor][equals]=${sub.id}`, undefined, token)
    ).body.docs[0]
    expect(
      (
        await api('trust-center/objections', {
          event: String(event.id),
          name: 'Erika Muster',
          organisation: 'Kunde GmbH',
          email: 'erika@kunde.example',
          reason: 'Keine neuen Empfänger ohne Prüfung.',
          locale: 'de',
        })
      ).status,
    ).toBe(202)
    expect(
      await until(() => outbox().some((m) => m.includes('objections/confirm?token=')), 10_000),
    ).toBe(true)
    const objectionToken = outbox()
      .join('\n')
      .match(/objections\/confirm\?token=([\w-]+)/)![1]
    const receipt = (await api('trust-center/objections/confirm', { token: objectionToken })).body
      .receipt as string
    expect(receipt).toMatch(/^E-\d{8}-/)
    // The CMS runs the jobs queue every 10 s: the subscriber's mail goes out.
    expect(
      await until(
        async () =>
          (
            await api(
              `trust-center/notices.json?event=subprocessor-event:${event.id}`,
              undefined,
              token,
            )
          ).body?.[0]?.status === 'delivered',
        60_000,
      ),
    ).toBe(true)

    const browser = await launchChromium()
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await page.goto(`${cms}/admin/login`)
    await page.fill('input[name="email"]', login.email)
    await page.fill('input[name="password"]', login.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
    await page.goto(`${cms}/admin/collections/subprocessor-events/${event.id}`)
    const proof = page.locator('.proof-of-notice')
    await proof.locator('tbody tr').first().waitFor({ timeout: 120_000 })
    const cells = await proof.locator('tbody tr').first().locator('td').allInnerTexts()
    expect(cells.slice(0, 4)).toEqual(['E-mail', 'dpo@kunde.example', 'delivered', '1'])
    expect(await proof.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
      `${cms}/api/trust-center/notices.csv?event=subprocessor-event%3A${event.id}`,
    )
    mkdirSync(shots, { recursive: true })
    await proof.screenshot({ path: path.join(shots, 'admin-proof-of-notice.png') })
    await page.goto(`${cms}/admin/collections/subprocessor-events`)
    const row = page.locator('tr', { hasText: 'Admin Check AG' })
    await row.waitFor({ timeout: 60_000 })
    expect((await row.locator('td').allInnerTexts()).at(-1)).toBe('1') // the objections column
    await page.goto(`${cms}/admin/collections/objections`)
    await page.getByText(receipt).waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(shots, 'admin-objections.png') })
    await browser.close()
  })
})
