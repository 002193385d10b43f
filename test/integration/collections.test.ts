import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ValidationError } from 'payload'
import {
  databaseEnforcesUniqueIndexes,
  startTestPayload,
  type TestPayload,
} from '../helpers/payload'
import { oneMeasure } from '../helpers/tomSections'
import { companyData, subprocessorData, tomVersionData } from '../helpers/createData'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

/** The field paths of a ValidationError, or fails the test. */
async function fieldErrors(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors.map((e) => e.path)
  }
  throw new Error('expected a ValidationError')
}

const section = oneMeasure()[0]!

describe('collections on a real database', () => {
  let companyId: number

  it('creates and reads a company, a TOM version and a subprocessor', async () => {
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme GmbH', slug: 'acme', website: 'https://acme.example' }),
    })
    companyId = company.id
    expect(company).toMatchObject({ slug: 'acme', noticePeriodDays: 30, locale: 'de' })

    const version = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: companyId,
        title: 'TOMs',
        effectiveDate: '2026-01-15',
        sections: [section],
      }),
    })
    expect(version).toMatchObject({ version: '2026-01-15', status: 'draft' }) // slug defaults to the effective date
    const read = await t.payload.findByID({ collection: 'tom-versions', id: version.id, depth: 0 })
    expect(
      (
        read as unknown as {
          sections: Array<{ controls: Array<{ measures: Array<{ text: string }> }> }>
        }
      ).sections[0]!.controls[0]!.measures[0]!.text,
    ).toBe('Alarmanlage')

    const sub = await t.payload.create({
      collection: 'subprocessors',
      data: {
        company: companyId,
        name: 'IONOS SE',
        purpose: 'Hosting',
        locations: ['DE'],
        transferSafeguard: 'eu-eea',
        status: 'active',
      },
    })
    expect(sub).toMatchObject({ name: 'IONOS SE', locations: ['DE'] })
  })

  it('rejects a malformed slug with a field-level error', async () => {
    expect(
      await fieldErrors(
        t.payload.create({
          collection: 'companies',
          data: companyData({ name: 'Bad', slug: 'Bad Slug!' }),
        }),
      ),
    ).toEqual(['slug'])
  })

  // A unique index is the database's guarantee; the CI's MongoDB emulator has none (docs/architecture.md).
  it.skipIf(!databaseEnforcesUniqueIndexes)('rejects a duplicate company slug', async () => {
    expect(
      await fieldErrors(
        t.payload.create({
          collection: 'companies',
          data: companyData({ name: 'Acme 2', slug: 'acme' }),
        }),
      ),
    ).toEqual(['slug'])
  })

  it('rejects required fields left empty', async () => {
    const paths = await fieldErrors(
      t.payload.create({
        collection: 'tom-versions',
        // Required fields left out on purpose.
        data: { company: companyId } as never,
      }),
    )
    expect(paths).toEqual(expect.arrayContaining(['title', 'effectiveDate', 'sections']))
  })

  it('rejects country codes that are not ISO 3166-1 alpha-2', async () => {
    const paths = await fieldErrors(
      t.payload.create({
        collection: 'subprocessors',
        data: subprocessorData({
          company: companyId,
          name: 'X',
          purpose: 'Y',
          locations: ['DE', 'XX', 'Germany'],
          transferSafeguard: 'eu-eea',
        }),
      }),
    )
    expect(paths).toEqual(['locations'])
  })

  it('rejects an end date before the effective date', async () => {
    const paths = await fieldErrors(
      t.payload.create({
        collection: 'subprocessors',
        data: subprocessorData({
          company: companyId,
          name: 'X',
          purpose: 'Y',
          locations: ['FR'],
          transferSafeguard: 'eu-eea',
          effectiveFrom: '2026-05-01',
          endedAt: '2026-04-01',
        }),
      }),
    )
    expect(paths).toEqual(['endedAt'])
  })

  it('rejects a second version with the same slug for a company, with a field message', async () => {
    const paths = await fieldErrors(
      t.payload.create({
        collection: 'tom-versions',
        data: tomVersionData({
          company: companyId,
          title: 'Again',
          effectiveDate: '2026-01-15',
          sections: [section],
        }),
      }),
    )
    expect(paths).toEqual(['version'])
  })

  it('rejects an unknown Art. 32 category', async () => {
    const bad = { ...section, category: 'coffee' }
    const paths = await fieldErrors(
      t.payload.create({
        collection: 'tom-versions',
        // A category the schema does not know, on purpose.
        data: {
          company: companyId,
          title: 'T',
          effectiveDate: '2026-02-01',
          sections: [bad],
        } as never,
      }),
    )
    expect(paths).toEqual(['sections.0.category'])
  })

  it('saves nothing when validation fails', async () => {
    const before = await Promise.all(
      ['companies', 'tom-versions', 'subprocessors'].map((c) =>
        t.payload.count({ collection: c as 'companies' }),
      ),
    )
    await fieldErrors(
      t.payload.create({
        collection: 'tom-versions',
        data: tomVersionData({
          company: companyId,
          title: 'T',
          effectiveDate: 'not a date',
          sections: [section],
        }),
      }),
    )
    await fieldErrors(
      t.payload.update({
        collection: 'companies',
        id: companyId,
        data: companyData({ slug: 'NOPE', name: 'Changed' }),
      }),
    )
    const after = await Promise.all(
      ['companies', 'tom-versions', 'subprocessors'].map((c) =>
        t.payload.count({ collection: c as 'companies' }),
      ),
    )
    expect(after).toEqual(before)
    const company = await t.payload.findByID({ collection: 'companies', id: companyId })
    expect(company).toMatchObject({ name: 'Acme GmbH', slug: 'acme' })
  })
})

describe.runIf(!process.env.TEST_DATABASE_URI)('SQLite indexes', () => {
  // Every read of a subprocessor looks up its locations and data categories by parent_id; without
  // an index on it SQLite scanned the whole table per read (21 s to load 21,000 subprocessors).
  it('finds the values of has-many fields by an index on their parent', async () => {
    const { sql } = await import('@payloadcms/db-sqlite')
    const drizzle = (
      t.payload.db as unknown as {
        drizzle: { all(query: unknown): Promise<Array<{ detail: string }>> }
      }
    ).drizzle
    const plan = await drizzle.all(
      sql`EXPLAIN QUERY PLAN SELECT text FROM subprocessors_texts WHERE parent_id = 1`,
    )
    expect(plan.map((step) => step.detail).join('\n')).toMatch(
      /USING INDEX subprocessors_texts_parent_idx/,
    )
  })
})
