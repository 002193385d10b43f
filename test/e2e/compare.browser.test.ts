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
    const section = page.locator('.compare-out section', { has: page.locator('h3', { hasText: /^Zutrittskontrolle$/ }) })
    await expect.poll(() => section.locator('.side-by-side > div h4').allInnerTexts()).toEqual(['Mailjet', 'TelemaxX'])
    // the texts are those of the published versions (their JSON)
    const json = (slug: string) => {
      const dir = path.join(inject('e2e').dist, slug, 'toms')
      const file = readFileSync(path.join(dir, 'index.html'), 'utf8').match(/href="\/[a-z0-9-]+\/toms\/([^"/]+)\.json"/)![1]
      return JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as { content: { sections: Array<{ controls: Array<{ category: string; measures: Array<{ text: string }> }> }> } }
    }
    const first = (slug: string) => json(slug).content.sections.flatMap((s) => s.controls).find((c) => c.category === 'physical-access' && c.measures.length > 0)!.measures[0]!.text
    const columns = await section.locator('.side-by-side > div').allInnerTexts()
    expect(columns[0]).toContain(first('mailjet'))
    expect(columns[1]).toContain(first('telemaxx'))
    // the count table shows just the two chosen companies
    await expect(page.locator('.coverage thead th:visible').allInnerTexts()).resolves.toHaveLength(3)
    await page.close()
  })
})
