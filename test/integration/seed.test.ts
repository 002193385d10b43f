import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTom } from '../../cms/domain/parser/index'
import { seedFromContent } from '../../cms/seed/seedFromContent'
import { startTestPayload, type TestPayload } from '../helpers/payload'

const contentDir = path.resolve(import.meta.dirname, '../../content')
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      ['companies', 'tom-versions', 'subprocessors', 'subprocessor-events', 'media'].map(
        async (c) => [c, (await t.payload.count({ collection: c as 'companies' })).totalDocs],
      ),
    ),
  )

describe('seeding from content/', () => {
  it('imports the five seed companies and the example company, and IONOS SE for 7pxl.de', async () => {
    const summary = await seedFromContent(t.payload, contentDir)
    expect(summary).toEqual({
      companies: { created: 6, existing: 0 },
      tomVersions: { created: 8, existing: 0 },
      subprocessors: { created: 3, existing: 0 },
    })
    const versions = await t.payload.find({
      collection: 'tom-versions',
      depth: 1,
      limit: 20,
      sort: 'effectiveDate',
    })
    const byCompany = (slug: string) =>
      versions.docs
        .filter((v) => (v.company as { slug: string }).slug === slug)
        .map((v) => `${v.version} ${v.status} ${v.changeKind ?? ''}`.trim())
    for (const slug of ['mpmx', 'mailjet', 'telemaxx', '7pxl', 'mailingwork'])
      expect(byCompany(slug)).toHaveLength(1)
    expect(byCompany('mpmx')).toEqual(['2026-06-01 published'])
    // the example company: three versions, each publication superseding the one before
    expect(byCompany('beispiel-cloud')).toEqual([
      '2025-01-15 superseded material',
      '2025-09-01 superseded material',
      '2026-03-01 published editorial',
    ])
    const subs = await t.payload.find({ collection: 'subprocessors', depth: 1, sort: 'name' })
    expect(
      subs.docs.map((s) => [s.name, (s.company as { slug: string }).slug, s.locations]),
    ).toEqual([
      ['Beispiel Hosting AG', 'beispiel-cloud', ['DE']],
      ['Beispiel Mail Inc.', 'beispiel-cloud', ['US', 'IE']],
      ['IONOS SE', '7pxl', ['DE']],
    ])
    // imported subprocessors have their history recorded, with no e-mail sent
    const events = await t.payload.find({ collection: 'subprocessor-events', sort: 'id' })
    expect(events.docs.map((e) => [e.kind, e.imported])).toEqual([
      ['added', true],
      ['added', true],
      ['added', true],
    ])
    expect(await t.payload.count({ collection: 'notification-deliveries' })).toEqual({
      totalDocs: 0,
    })
    // the example company's logo is uploaded (sharp made the admin size) and linked
    const example = (
      await t.payload.find({
        collection: 'companies',
        where: { slug: { equals: 'beispiel-cloud' } },
        depth: 1,
      })
    ).docs[0]!
    expect(example.logo).toMatchObject({
      alt: 'Logo der Beispiel Cloud GmbH (fiktiv)',
      mimeType: 'image/png',
      width: 480,
      height: 240,
    })
    expect(await t.payload.count({ collection: 'media' })).toEqual({ totalDocs: 1 })
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await counts()
    const updatedAt = (
      await t.payload.find({ collection: 'tom-versions', limit: 20, sort: 'id' })
    ).docs.map((d) => d.updatedAt)
    const summary = await seedFromContent(t.payload, contentDir)
    expect(summary).toEqual({
      companies: { created: 0, existing: 6 },
      tomVersions: { created: 0, existing: 8 },
      subprocessors: { created: 0, existing: 3 },
    })
    expect(await counts()).toEqual(before)
    expect(
      (await t.payload.find({ collection: 'tom-versions', limit: 20, sort: 'id' })).docs.map(
        (d) => d.updatedAt,
      ),
    ).toEqual(updatedAt)
  })

  it('stores each parsed document unchanged, with its source for provenance', async () => {
    const mpmx = (
      await t.payload.find({
        collection: 'tom-versions',
        where: { 'source.filename': { equals: '000_d0f3340e58d74642.txt' } },
        depth: 0,
      })
    ).docs[0]!
    const source = readFileSync(path.join(contentDir, 'seeds/000_d0f3340e58d74642.txt'), 'utf8')
    expect(mpmx).toMatchObject({
      version: '2026-06-01',
      effectiveDate: expect.stringMatching(/^2026-06-01/),
      source: { text: source },
    })
    const parsed = parseTom(source).document
    const measures = (doc: {
      sections: Array<{
        controls?: Array<{
          measures?: Array<{ text: string }> | null
          groups?: Array<{ measures?: Array<{ text: string }> | null }> | null
        }> | null
      }>
    }) =>
      doc.sections.flatMap((s) =>
        (s.controls ?? []).flatMap((c) =>
          [...(c.measures ?? []), ...(c.groups ?? []).flatMap((g) => g.measures ?? [])].map(
            (m) => m.text,
          ),
        ),
      )
    expect(measures(mpmx)).toEqual(measures(parsed))
    expect(measures(parsed)).toHaveLength(47) // the 47 bullets of the MPMX document
  })

  it('imports only what content/ gained since the last run, and a document listed twice once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trust-center-content-'))
    mkdirSync(path.join(dir, 'companies'))
    const demo = path.join(contentDir, 'demo')
    const company = (files: string[]) =>
      `slug: growing\nname: Growing GmbH\ntoms:\n${files.map((f) => `  - file: ${path.join(demo, f)}\n`).join('')}`
    writeFileSync(
      path.join(dir, 'companies/growing.yaml'),
      company(['beispiel-cloud-2025-01-15.md', 'beispiel-cloud-2025-01-15.md']),
    )
    expect((await seedFromContent(t.payload, dir)).tomVersions).toEqual({ created: 1, existing: 1 })
    writeFileSync(
      path.join(dir, 'companies/growing.yaml'),
      company(['beispiel-cloud-2025-01-15.md', 'beispiel-cloud-2025-09-01.md']),
    )
    expect((await seedFromContent(t.payload, dir)).tomVersions).toEqual({ created: 1, existing: 1 })
    const growing = (
      await t.payload.find({
        collection: 'companies',
        where: { slug: { equals: 'growing' } },
        depth: 0,
      })
    ).docs[0]!
    const versions = await t.payload.find({
      collection: 'tom-versions',
      where: { company: { equals: growing.id } },
      sort: 'effectiveDate',
      depth: 0,
    })
    expect(versions.docs.map((v) => `${v.version} ${v.status}`)).toEqual([
      '2025-01-15 superseded',
      '2025-09-01 published',
    ])
  })

  it('rejects invalid company content with the file and field, writing nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trust-center-content-'))
    mkdirSync(path.join(dir, 'companies'))
    writeFileSync(path.join(dir, 'companies/bad.yaml'), 'slug: Bad Slug\nname: Bad\ntoms: []\n')
    const before = await counts()
    await expect(seedFromContent(t.payload, dir)).rejects.toThrow(
      /bad\.yaml is not valid company content:\n {2}slug: lower-case letters, digits and hyphens\n {2}toms: /,
    )
    expect(await counts()).toEqual(before)
  })

  it('names a logo file that does not exist, writing nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trust-center-content-'))
    mkdirSync(path.join(dir, 'companies'))
    writeFileSync(
      path.join(dir, 'companies/logo.yaml'),
      'slug: logo\nname: Logo GmbH\nlogo:\n  file: logos/missing.png\n  alt: Logo\ntoms:\n  - file: ../content/seeds/000_d0f3340e58d74642.txt\n',
    )
    const before = await counts()
    await expect(seedFromContent(t.payload, dir)).rejects.toThrow(
      /logo\.yaml: logo file .*logos\/missing\.png does not exist/,
    )
    expect(await counts()).toEqual(before)
  })

  it('names the file and line of a seed document it cannot parse, writing nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trust-center-content-'))
    mkdirSync(path.join(dir, 'companies'))
    writeFileSync(
      path.join(dir, 'companies/letter.yaml'),
      'slug: letter\nname: Letter GmbH\ntoms:\n  - file: letter.txt\n    effectiveDate: 2026-01-01\n',
    )
    writeFileSync(path.join(dir, 'letter.txt'), 'Sehr geehrte Damen und Herren,\n')
    const before = await counts()
    await expect(seedFromContent(t.payload, dir)).rejects.toThrow(
      /letter\.txt:1: no TOM structure found/,
    )
    expect(await counts()).toEqual(before)
  })
})
