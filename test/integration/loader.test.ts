import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicDocuments } from '../../site/loaders/payloadSource'
import {
  companiesLoader,
  subprocessorsLoader,
  tomVersionsLoader,
} from '../../site/loaders/trustCenterLoaders'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { oneMeasure } from '../helpers/tomSections'
import { companyData, tomVersionData } from '../helpers/createData'

/** The site's content loaders over a real Payload, with a Map-backed store as Astro's stand-in. */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({
      name: 'Acme',
      slug: 'acme',
      certifications: [{ name: 'ISO 27001', validUntil: '2027-05-31' }],
    }),
  })
  const sections = oneMeasure()
  for (const [status, date] of [
    ['published', '2026-03-01'],
    ['superseded', '2025-03-01'],
    ['draft', '2026-09-01'],
  ] as const) {
    await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: company.id,
        title: 'TOM',
        effectiveDate: date,
        status,
        sections,
      }),
    })
  }
  for (const status of ['active', 'draft'] as const) {
    await t.payload.create({
      collection: 'subprocessors',
      data: {
        company: company.id,
        name: `Vendor ${status}`,
        purpose: 'Hosting',
        locations: ['DE'],
        transferSafeguard: 'eu-eea',
        status,
      },
    })
  }
})
afterAll(async () => t?.close())

function fakeContext(
  collection: string,
  schema: { parse(data: unknown): unknown },
  existing: string[] = [],
) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>(
    existing.map((id) => [id, { id, data: {} }]),
  )
  const parsed = { count: 0 }
  const context = {
    collection,
    store: {
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => (
        entries.set(entry.id, entry),
        true
      ),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
    },
    parseData: async ({ data }: { data: unknown }) => (parsed.count++, schema.parse(data)),
    generateDigest: (data: unknown) =>
      createHash('sha1').update(JSON.stringify(data)).digest('hex'),
    logger: { info: () => {} },
  }
  // Only what the loader uses of Astro's LoaderContext: a partial context on purpose.
  return { entries, parsed, context: context as never }
}

describe('content loaders', () => {
  it('load only published and superseded versions, keyed company/version, validated', async () => {
    const loader = tomVersionsLoader({ payload: async () => t.payload })
    const { entries, context } = fakeContext('tomVersions', loader.schema, ['acme/2020-01-01'])
    await loader.load(context)
    expect([...entries.keys()].sort()).toEqual(['acme/2025-03-01', 'acme/2026-03-01']) // the stale entry is gone
    const v = entries.get('acme/2026-03-01')!
    expect(v.data).toMatchObject({
      company: 'acme',
      version: '2026-03-01',
      status: 'published',
      effectiveDate: '2026-03-01',
    })
    expect(JSON.stringify(v.data)).not.toMatch(/"id"/) // no Payload internals
    expect(v.digest).toMatch(/^[0-9a-f]{40}$/)
  })

  it('does not validate an unchanged entry again on the next build (digests)', async () => {
    const loader = tomVersionsLoader({ payload: async () => t.payload })
    const { entries, parsed, context } = fakeContext('tomVersions', loader.schema)
    await loader.load(context)
    expect(parsed.count).toBe(2)
    await loader.load(context) // the store survives between builds
    expect(parsed.count).toBe(2)
    expect([...entries.keys()].sort()).toEqual(['acme/2025-03-01', 'acme/2026-03-01'])
  })

  it('reads again, in full, exactly the documents saved since the last build, and what they take from others', async () => {
    const subs = subprocessorsLoader({ payload: async () => t.payload })
    const s = fakeContext('subprocessors', subs.schema)
    await subs.load(s.context)
    const before = s.parsed.count
    const vendor = (
      await t.payload.find({
        collection: 'subprocessors',
        where: { name: { equals: 'Vendor active' } },
      })
    ).docs[0]!
    await t.payload.update({
      collection: 'subprocessors',
      id: vendor.id,
      data: { purpose: 'Hosting und Backup' },
    })
    await subs.load(s.context)
    expect(s.parsed.count).toBe(before + 1)
    expect([...s.entries.values()].find((e) => e.data.name === 'Vendor active')!.data.purpose).toBe(
      'Hosting und Backup',
    )
    // a logo's alternative text changes in the media collection, not in the company
    const companies = companiesLoader({ payload: async () => t.payload })
    const c = fakeContext('companies', companies.schema)
    const png = await sharp({
      create: { width: 200, height: 100, channels: 3, background: '#0b5cab' },
    })
      .png()
      .toBuffer()
    const logo = await t.payload.create({
      collection: 'media',
      data: { alt: 'Logo' },
      file: { data: png, mimetype: 'image/png', name: 'acme.png', size: png.length },
    })
    const acme = (
      await t.payload.find({ collection: 'companies', where: { slug: { equals: 'acme' } } })
    ).docs[0]!
    await t.payload.update({
      collection: 'companies',
      id: acme.id,
      data: { logo: logo.id },
    })
    await companies.load(c.context)
    expect(c.entries.get('acme')!.data.logo).toMatchObject({ alt: 'Logo' })
    await t.payload.update({
      collection: 'media',
      id: logo.id,
      data: { alt: 'Logo der Acme AG' },
    })
    await companies.load(c.context)
    expect(c.entries.get('acme')!.data.logo).toMatchObject({ alt: 'Logo der Acme AG' })
    expect(c.parsed.count).toBe(2)
  })

  it('load companies with dates as YYYY-MM-DD and public subprocessors only', async () => {
    const companies = companiesLoader({ payload: async () => t.payload })
    const c = fakeContext('companies', companies.schema)
    await companies.load(c.context)
    expect(c.entries.get('acme')!.data).toMatchObject({
      slug: 'acme',
      certifications: [{ name: 'ISO 27001', validUntil: '2027-05-31' }],
    })
    const subs = subprocessorsLoader({ payload: async () => t.payload })
    const s = fakeContext('subprocessors', subs.schema)
    await subs.load(s.context)
    expect([...s.entries.values()].map((e) => e.data.name)).toEqual(['Vendor active'])
  })

  it('reads through the adapter exactly what the Local API gives the public: same documents, same fields, no drafts', async () => {
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                // MongoDB leaves out an array never written; Payload's read fills in []
                .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, v]) => [k, sortKeys(v)]),
            )
          : value
    for (const collection of [
      'companies',
      'tom-versions',
      'subprocessors',
      'subprocessor-events',
      'media',
    ] as const) {
      const viaLocalApi = (
        await t.payload.find({
          collection,
          overrideAccess: false,
          depth: 0,
          pagination: false,
          sort: 'id',
        })
      ).docs
      const viaAdapter: unknown[] = []
      for await (const doc of publicDocuments(t.payload, collection)) viaAdapter.push(doc)
      expect(viaAdapter.length, collection).toBeGreaterThan(0)
      expect(sortKeys(viaAdapter), collection).toEqual(sortKeys(viaLocalApi))
    }
    const statuses = []
    for await (const doc of publicDocuments(t.payload, 'tom-versions', { status: true }))
      statuses.push(doc.status)
    expect(statuses.sort()).toEqual(['published', 'superseded'])
  })

  it('pages through more documents than one page holds', async () => {
    const company = (await t.payload.find({ collection: 'companies', limit: 1 })).docs[0]!
    for (let i = 0; i < 105; i++) {
      await t.payload.create({
        collection: 'subprocessors',
        data: {
          company: company.id,
          name: `Bulk ${i}`,
          purpose: 'P',
          locations: ['FR'],
          transferSafeguard: 'eu-eea',
          status: 'active',
        },
      })
    }
    const subs = subprocessorsLoader({ payload: async () => t.payload })
    const s = fakeContext('subprocessors', subs.schema)
    await subs.load(s.context)
    expect(s.entries.size).toBe(106)
  })
})
