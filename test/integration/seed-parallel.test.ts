import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedContent } from '../../cms/seed/seedContent'
import { startTestPayload, type TestPayload } from '../helpers/payload'

// Seeding spread over several processes (cms/seed/seedContent.ts): the other processes open the
// same database as this test's Payload (they inherit DATABASE_URI) and write companies of their own.
const demo = path.resolve(import.meta.dirname, '../../content/demo')
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const count = async (collection: string) =>
  (await t.payload.count({ collection: collection as 'companies' })).totalDocs

/** A content/ folder of `n` companies, each with two versions of the demo document and two subprocessors. */
function content(n: number, edit: (i: number, yaml: string) => string = (_, yaml) => yaml): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'trust-center-content-'))
  mkdirSync(path.join(dir, 'companies'))
  for (let i = 0; i < n; i++) {
    const yaml = `slug: firma-${i}
name: Firma ${i} GmbH
toms:
  - file: ${path.join(demo, 'beispiel-cloud-2025-01-15.md')}
  - file: ${path.join(demo, 'beispiel-cloud-2025-09-01.md')}
subprocessors:
  - { name: Hosting ${i} AG, purpose: Hosting, locations: [DE], transferSafeguard: eu-eea }
  - { name: Mail ${i} Inc., purpose: E-Mail, locations: [US], transferSafeguard: dpf }
`
    writeFileSync(path.join(dir, `companies/firma-${i}.yaml`), edit(i, yaml))
  }
  return dir
}

describe('seeding with several processes', () => {
  it('writes every company once, from both processes, as seeding in one process would', async () => {
    const lines: string[] = []
    const summary = await seedContent(t.payload, content(8), {
      processes: 2,
      log: (line) => lines.push(line),
    })
    expect(summary).toEqual({
      companies: { created: 8, existing: 0 },
      tomVersions: { created: 16, existing: 0 },
      subprocessors: { created: 16, existing: 0 },
    })
    expect(lines).toHaveLength(8)
    expect(lines.map((l) => /^\[(\d+)\/8\]/.exec(l)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ])
    // Both processes wrote: writing starts once every process is up, the second one gets the first company.
    expect(new Set(lines.map((l) => /\(process (\d)\)$/.exec(l)?.[1]))).toEqual(new Set(['1', '2']))
    const companies = await t.payload.find({
      collection: 'companies',
      pagination: false,
      depth: 0,
      sort: 'slug',
    })
    expect(companies.docs.map((c) => c.slug)).toEqual(
      Array.from({ length: 8 }, (_, i) => `firma-${i}`),
    )
    for (const company of companies.docs) {
      const versions = await t.payload.find({
        collection: 'tom-versions',
        where: { company: { equals: company.id } },
        sort: 'effectiveDate',
        depth: 0,
      })
      expect(versions.docs.map((v) => `${v.version} ${v.status}`)).toEqual([
        '2025-01-15 superseded',
        '2025-09-01 published',
      ])
    }
    expect(await count('subprocessors')).toBe(16)
    expect(await count('subprocessor-events')).toBe(16)
  })

  it('is idempotent across processes: a second run finds everything', async () => {
    const summary = await seedContent(t.payload, content(8), { processes: 2 })
    expect(summary).toEqual({
      companies: { created: 0, existing: 8 },
      tomVersions: { created: 0, existing: 16 },
      subprocessors: { created: 0, existing: 16 },
    })
    expect(await count('companies')).toBe(8)
  })

  it('writes nothing when any company of content/ cannot be parsed, in whichever process', async () => {
    const dir = content(6, (i, yaml) =>
      i === 5
        ? yaml
            .replace(/slug: firma-5/, 'slug: letter-5')
            .replace(
              / {2}- file: .*2025-09-01\.md/,
              '  - file: letter.txt\n    effectiveDate: 2026-01-01',
            )
        : yaml.replace(/firma-/g, 'neu-'),
    )
    writeFileSync(path.join(dir, 'letter.txt'), 'Sehr geehrte Damen und Herren,\n')
    const before = await count('companies')
    await expect(seedContent(t.payload, dir, { processes: 2 })).rejects.toThrow(
      /letter\.txt:1: no TOM structure found/,
    )
    expect(await count('companies')).toBe(before)
  })

  it('stops when a company fails while written, naming its file and what Payload refused', async () => {
    // "XX" passes the content schema (two capitals) but not the CMS's ISO 3166 check: it fails while written.
    const dir = content(6, (i, yaml) =>
      (i === 3 ? yaml.replace('locations: [DE]', 'locations: [XX]') : yaml).replace(
        /firma-/g,
        'kaputt-',
      ),
    )
    await expect(seedContent(t.payload, dir, { processes: 2 })).rejects.toThrow(
      /firma-3\.yaml: The following field is invalid: (Processing )?[Ll]ocations \(locations: Not an ISO 3166-1 alpha-2 country code: XX/,
    )
    // The failed company's subprocessor is not there; the companies before it may be (seeding again completes them).
    const failed = (
      await t.payload.find({
        collection: 'companies',
        where: { slug: { equals: 'kaputt-3' } },
        depth: 0,
      })
    ).docs[0]!
    expect(
      (
        await t.payload.find({
          collection: 'subprocessors',
          where: { company: { equals: failed.id } },
          depth: 0,
        })
      ).docs,
    ).toHaveLength(0)
  })
})
