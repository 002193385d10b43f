import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { useBuiltSite } from '../helpers/builtSite'

/** /compare/ in Chromium: two companies chosen with labelled selects, their measures side by side per category. */
const site = useBuiltSite()

describe('comparing two companies', () => {
  it('shows the measure texts of both companies per category', async () => {
    const page = await site.browser().newPage()
    await page.goto(`${site.base()}/compare/`)
    await page.getByLabel('Unternehmen A').selectOption({ label: 'Mailjet' })
    await page.getByLabel('Unternehmen B').selectOption({ label: 'TelemaxX' })
    await page.getByRole('button', { name: 'Vergleichen', exact: true }).click()
    // the texts are those of the published versions (their JSON)
    type Version = {
      content: {
        sections: Array<{
          controls: Array<{
            category: string
            measures: Array<{ text: string }>
            groups: Array<{ measures: Array<{ text: string }> }>
          }>
        }>
      }
    }
    const json = (slug: string) => {
      const dir = path.join(inject('e2e').dist, slug, 'toms')
      const version = readFileSync(path.join(dir, 'index.html'), 'utf8').match(
        /href="\/[a-z0-9-]+\/toms\/([^"/]+)\.json"/,
      )![1]
      return JSON.parse(readFileSync(path.join(dir, `${version}.json`), 'utf8')) as Version
    }
    const measures = (slug: string, key: string) =>
      json(slug)
        .content.sections.flatMap((s) => s.controls)
        .filter((c) => c.category === key)
        .flatMap((c) => [...c.measures, ...c.groups.flatMap((g) => g.measures)])
        .map((m) => m.text)
    const key = ['physical-access', 'system-access', 'data-access', 'transfer', 'input'].find(
      (k) => measures('mailjet', k).length > 0 && measures('telemaxx', k).length > 0,
    )!
    const label = {
      'physical-access': 'Zutrittskontrolle',
      'system-access': 'Zugangskontrolle',
      'data-access': 'Zugriffskontrolle',
      transfer: 'Weitergabekontrolle',
      input: 'Eingabekontrolle',
    }[key]!
    const section = page.locator('.compare-out section', {
      has: page.locator('h3', { hasText: new RegExp(`^${label}$`) }),
    })
    await expect
      .poll(() => section.locator('.side-by-side > div h4').allInnerTexts())
      .toEqual(['Mailjet', 'TelemaxX'])
    const columns = await section.locator('.side-by-side > div').allInnerTexts()
    expect(columns[0]).toContain(measures('mailjet', key)[0])
    expect(columns[1]).toContain(measures('telemaxx', key)[0])
    // the count table shows just the two chosen companies
    await expect(page.locator('.coverage thead th:visible').allInnerTexts()).resolves.toHaveLength(
      3,
    )
    await page.close()
  })

  it('fits the two chosen companies into the count table on a phone (no sideways scrolling)', async () => {
    const page = await site.browser().newPage({ viewport: { width: 360, height: 800 } })
    await page.goto(`${site.base()}/compare/`)
    await page.getByLabel('Unternehmen A').selectOption({ label: 'Mailjet' })
    await page.getByLabel('Unternehmen B').selectOption({ label: 'TelemaxX' })
    await page.getByRole('button', { name: 'Vergleichen', exact: true }).click()
    await expect.poll(() => page.locator('.coverage thead th:visible').count()).toBe(3)
    const [scroll, client] = (await page
      .locator('.table-scroll')
      .evaluate((el) => [el.scrollWidth, el.clientWidth])) as [number, number]
    expect(scroll).toBeLessThanOrEqual(client)
    await page.close()
  })
})
