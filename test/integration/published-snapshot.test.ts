import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  companiesLoader,
  subprocessorEventsLoader,
  subprocessorsLoader,
  tomVersionsLoader,
} from '@trust-center/astro-loader'
import { readSnapshot, writePublishedSnapshot } from '@trust-center/astro-loader/snapshot'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { oneMeasure } from '../helpers/tomSections'
import { companyData, tomVersionData } from '../helpers/createData'

/**
 * The published snapshot the CMS writes before a rebuild: the loaders reading it fill the site's
 * store exactly as they do reading Payload, and the CMS reads in full only what changed.
 */
let t: TestPayload
let file: string
const sections = oneMeasure()

beforeAll(async () => {
  t = await startTestPayload()
  file = path.join(t.dataDir, 'published-snapshot.json')
  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
  for (const [status, date] of [
    ['published', '2026-03-01'],
    ['superseded', '2025-03-01'],
    ['draft', '2026-09-01'],
  ] as const)
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
  for (const status of ['active', 'draft'] as const)
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
})
afterAll(async () => t?.close())

type Entry = { id: string; data: Record<string, unknown>; digest?: string }
/** Astro's store and the parts of the loader context the loaders use. */
function fakeContext(collection: string, schema: { parse(data: unknown): unknown }) {
  const entries = new Map<string, Entry>()
  const context = {
    collection,
    store: {
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
    },
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
    generateDigest: (data: unknown) =>
      createHash('sha1').update(JSON.stringify(data)).digest('hex'),
    logger: { info: () => {} },
  }
  // Only what the loader uses of Astro's LoaderContext: a partial context on purpose.
  return { entries, context: context as never }
}

const loaders = [companiesLoader, tomVersionsLoader, subprocessorsLoader, subprocessorEventsLoader]

/** Every collection's store after loading with these options. */
async function load(options: Parameters<typeof companiesLoader>[0]) {
  const stores: Array<Map<string, Entry>> = []
  for (const make of loaders) {
    const loader = make(options)
    const { entries, context } = fakeContext(loader.name, loader.schema)
    await loader.load(context)
    stores.push(entries)
  }
  return stores
}

describe('published snapshot', () => {
  it('gives the loaders what Payload gives them, without opening Payload', async () => {
    const written = await writePublishedSnapshot(t.payload, file)
    expect(written.changed).toBe(written.entries)
    const fromPayload = await load({ payload: async () => t.payload })
    const fromSnapshot = await load({
      payload: () => Promise.reject(new Error('a snapshot build must not open Payload')),
      snapshotFile: file,
    })
    expect(fromSnapshot).toEqual(fromPayload)
    expect([...fromSnapshot[1]!.keys()].sort()).toEqual(['acme/2025-03-01', 'acme/2026-03-01'])
    expect([...fromSnapshot[2]!.values()].map((e) => e.data.name)).toEqual(['Vendor active'])
    expect(fromSnapshot[1]!.get('acme/2026-03-01')!.data).toMatchObject({ status: 'published' })
    // Written aside and renamed: nothing else left in the folder.
    expect((await readdir(t.dataDir)).filter((f) => f.includes('snapshot'))).toEqual([
      'published-snapshot.json',
    ])
  })

  it('reads in full only what changed since the previous snapshot, and drops what is gone', async () => {
    await writePublishedSnapshot(t.payload, file)
    const [vendor] = (
      await t.payload.find({
        collection: 'subprocessors',
        where: { name: { equals: 'Vendor active' } },
      })
    ).docs
    await t.payload.update({
      collection: 'subprocessors',
      id: vendor!.id,
      data: { purpose: 'Hosting und Backup' },
    })
    const [draft] = (
      await t.payload.find({ collection: 'tom-versions', where: { status: { equals: 'draft' } } })
    ).docs
    await t.payload.update({
      collection: 'tom-versions',
      id: draft!.id,
      data: { status: 'published' },
    })
    const written = await writePublishedSnapshot(t.payload, file)
    // The vendor, the new version and the one it superseded, at least; not everything.
    expect(written.changed).toBeGreaterThanOrEqual(3)
    expect(written.changed).toBeLessThan(written.entries)
    const snapshot = await readSnapshot(file)
    expect(snapshot.collections.subprocessors.map((e) => e.data.purpose)).toEqual([
      'Hosting und Backup',
    ])
    expect(snapshot.collections.tomVersions.map((e) => [e.id, e.data.status]).sort()).toEqual([
      ['acme/2025-03-01', 'superseded'],
      ['acme/2026-03-01', 'superseded'],
      ['acme/2026-09-01', 'published'],
    ])
    // A new slug: every entry of the company gets a new id (its stamp names the slug), the old go.
    const [acme] = (await t.payload.find({ collection: 'companies', limit: 1 })).docs
    await t.payload.update({
      collection: 'companies',
      id: acme!.id,
      data: { slug: 'acme-ag' },
    })
    await writePublishedSnapshot(t.payload, file)
    const ids = Object.values((await readSnapshot(file)).collections).flatMap((entries) =>
      entries.map((e) => e.id),
    )
    expect(ids.filter((id) => id.startsWith('acme-ag'))).toHaveLength(ids.length)
  })

  it('refuses a malformed snapshot, naming the file, and writes anew over one it cannot use', async () => {
    await writeFile(file, JSON.stringify({ format: 1, collections: {} }))
    await expect(readSnapshot(file)).rejects.toThrow(/published-snapshot\.json is malformed/)
    const stores = await load({ payload: async () => t.payload, snapshotFile: file }).catch(
      (error: Error) => error,
    )
    expect(stores).toBeInstanceOf(Error)
    const written = await writePublishedSnapshot(t.payload, file)
    expect(written.changed).toBe(written.entries)
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe(1)
  })
})
