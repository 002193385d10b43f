import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffVersions } from '../../cms/domain/diff'
import { parseTom } from '../../cms/domain/parser'
import { versionContent } from '../../cms/domain/version-content'

/**
 * The compare page diffs two versions in the browser from their published `.json` (`content`,
 * storage noise dropped), the changes pages from the stored versions: both must give one diff.
 */
const dir = path.join(import.meta.dirname, '../fixtures/diff')
const parsed = (file: string) => parseTom(readFileSync(file, 'utf8')).document
const docs = [
  path.join(dir, 'base.txt'),
  ...readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(dir, e.name, 'to.txt')),
].map(parsed)
// As the JSON endpoint publishes a version: through JSON, with the fields the content keeps.
const asPublished = (doc: ReturnType<typeof parsed>) =>
  JSON.parse(
    JSON.stringify(
      versionContent({ ...doc, title: 'TOM', version: 'v', effectiveDate: '2025-01-01' }),
    ),
  )

describe('diff from the published JSON', () => {
  it('equals the diff of the stored documents, for every pair of the golden fixtures', () => {
    expect(docs.length).toBe(7)
    let changed = 0
    for (const a of docs) {
      for (const b of docs) {
        const fromJson = diffVersions(asPublished(a), asPublished(b))
        expect(fromJson).toEqual(diffVersions(a, b))
        if (!fromJson.identical) changed++
      }
    }
    expect(changed).toBeGreaterThan(30)
  })
})
