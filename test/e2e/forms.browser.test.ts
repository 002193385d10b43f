import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useBuiltSite } from '../helpers/builtSite'

/**
 * The objection and webhook forms in Chromium with JavaScript off, as a reader without scripts
 * uses them: they open, take input and post form-encoded data to the CMS (intercepted here; the
 * CMS's handling of the same posts is tested in test/integration/objections.test.ts and webhooks.test.ts).
 */
const site = useBuiltSite()
const shots = path.resolve(import.meta.dirname, '../.tmp/screenshots')

describe('forms without JavaScript', () => {
  it('objecting to an announced change posts name, organisation, e-mail, reason and the change id', async () => {
    const context = await site
      .browser()
      .newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } })
    const page = await context.newPage()
    let posted: URLSearchParams | undefined
    await page.route('**/api/trust-center/objections', async (route) => {
      posted = new URLSearchParams(route.request().postData() ?? '')
      await route.fulfill({
        status: 202,
        contentType: 'text/html',
        body: '<!doctype html><title>ok</title><h1>Bitte bestätigen Sie Ihren Einspruch</h1>',
      })
    })
    await page.goto(`${site.base()}/beispiel-cloud/subprocessors/`)
    const details = page.locator('#upcoming ~ ul details.objection').first()
    await details.locator('summary').click()
    await details.getByLabel('Ihr Name').fill('Erika Muster')
    await details.getByLabel('Organisation (Kunde)').fill('Kunde GmbH')
    await details.getByLabel('E-Mail').fill('erika@kunde.example')
    await details.getByLabel('Begründung').fill('Keine Übermittlung in die USA.')
    mkdirSync(shots, { recursive: true })
    await details.screenshot({ path: path.join(shots, 'objection-form.png') })
    await details.getByRole('button', { name: 'Einspruch absenden' }).click()
    await page.waitForURL('**/api/trust-center/objections')
    expect(Object.fromEntries(posted!)).toMatchObject({
      name: 'Erika Muster',
      organisation: 'Kunde GmbH',
      email: 'erika@kunde.example',
      reason: 'Keine Übermittlung in die USA.',
      locale: 'de',
      event: expect.stringMatching(/^\d+$/),
    })
    await context.close()
  })

  it('registering a webhook posts the URL, topics and e-mail for the company', async () => {
    const context = await site
      .browser()
      .newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } })
    const page = await context.newPage()
    let posted: URLSearchParams | undefined
    await page.route('**/api/trust-center/webhooks', async (route) => {
      posted = new URLSearchParams(route.request().postData() ?? '')
      await route.fulfill({
        status: 201,
        contentType: 'text/html',
        body: '<!doctype html><title>ok</title><code id="secret">whsec_x</code>',
      })
    })
    await page.goto(`${site.base()}/en/beispiel-cloud/`)
    const form = page.locator('form.webhook')
    await form.getByLabel('HTTPS address of your endpoint').fill('https://grc.example/hooks/trust')
    await form.getByLabel('E-mail for failure notices').fill('risk@customer.example')
    await form.getByLabel('New TOM versions').uncheck()
    await page
      .locator('section:has(#webhooks)')
      .screenshot({ path: path.join(shots, 'webhook-form.png') })
    await form.getByRole('button', { name: 'Register webhook' }).click()
    await page.waitForURL('**/api/trust-center/webhooks')
    expect([...posted!.entries()]).toEqual([
      ['company', 'beispiel-cloud'],
      ['locale', 'en'],
      ['url', 'https://grc.example/hooks/trust'],
      ['email', 'risk@customer.example'],
      ['topics', 'subprocessors'],
    ])
    await page.goto(`${site.base()}/en/beispiel-cloud/`)
    await page
      .locator('section:has(#data-act)')
      .screenshot({ path: path.join(shots, 'data-act.png') })
    await context.close()
  })
})
