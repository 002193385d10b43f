import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

/**
 * Pages grow linearly with a company's versions: per company and language at most 4 + 3·v —
 * the overview, /toms/, the compare page, the subprocessors page, and per version its page, its
 * changes page and its `.json` (one file, counted for each language). Pairs of versions are
 * compared in the browser, so no page exists per pair.
 */
const { dist } = inject('e2e')
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f)
    return statSync(p).isDirectory() ? files(p) : [p]
  })

describe('pages per company and version', () => {
  const companies = readdirSync(dist).filter((d) =>
    existsSync(path.join(dist, d, 'toms', 'index.html')),
  )

  it('finds the companies of the seed, one with several versions', () => {
    expect(companies).toContain('beispiel-cloud')
    expect(companies.length).toBeGreaterThan(3)
  })

  it('stays within 4 + 3·v per company and language', () => {
    const report: string[] = []
    for (const company of companies) {
      const json = readdirSync(path.join(dist, company, 'toms')).filter((f) => f.endsWith('.json'))
      const v = json.length
      for (const root of [path.join(dist, company), path.join(dist, 'en', company)]) {
        const pages = files(root).filter((f) => f.endsWith('.html')).length + v
        report.push(`${path.relative(dist, root)}: v=${v}, ${pages} pages`)
        expect(pages, `${root} with ${v} versions`).toBeLessThanOrEqual(4 + 3 * v)
        expect(pages).toBe(4 + 3 * v) // nothing missing either: each version's page, changes page and .json
      }
      expect(existsSync(path.join(dist, company, 'toms', 'compare', 'index.html'))).toBe(true)
      expect(readdirSync(path.join(dist, company, 'toms', 'compare'))).toEqual(['index.html'])
    }
    expect(report.some((line) => line.includes('v=3'))).toBe(true)
  })
})
