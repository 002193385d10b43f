import type { RequiredDataFromCollectionSlug } from 'payload'
import type { Subprocessor } from '../../cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/** DORA fields on subprocessors and the Data Act disclosure on companies, as the CMS stores them. */
let t: TestPayload
let companyId: number
beforeAll(async () => {
  t = await startTestPayload({ TRUSTCENTER_JOBS_AUTORUN: 'off' })
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({
        name: 'Acme',
        slug: 'acme',
        dataAct: {
          infrastructureCountries: ['DE', 'IE'],
          accessSafeguards: 'Encryption with keys held in the EU.',
        },
      }),
    })
  ).id
})
afterAll(async () => t?.close())

const subprocessor = (
  dora: Subprocessor['dora'],
): RequiredDataFromCollectionSlug<'subprocessors'> => ({
  company: companyId,
  name: `Vendor ${Math.random()}`,
  purpose: 'Hosting',
  locations: ['DE'],
  transferSafeguard: 'eu-eea',
  status: 'active',
  dora,
})

describe('DORA fields', () => {
  it('keeps a valid LEI, storage countries, function and rank', async () => {
    const doc = await t.payload.create({
      collection: 'subprocessors',
      data: subprocessor({
        lei: '506700GE1G29325QX363',
        headquartersCountry: 'NL',
        storageLocations: ['DE', 'FR'],
        functionSupported: 'Payments',
        chainRank: 2,
      }),
    })
    expect((await t.payload.findByID({ collection: 'subprocessors', id: doc.id })).dora).toEqual({
      lei: '506700GE1G29325QX363',
      headquartersCountry: 'NL',
      storageLocations: ['DE', 'FR'],
      functionSupported: 'Payments',
      chainRank: 2,
    })
  })

  it('refuses an LEI whose check digits do not match, and unknown country codes', async () => {
    await expect(
      t.payload.create({
        collection: 'subprocessors',
        data: subprocessor({ lei: '506700GE1G29325QX364' }),
      }),
    ).rejects.toThrow(/LEI/)
    await expect(
      t.payload.create({
        collection: 'subprocessors',
        data: subprocessor({ storageLocations: ['XX'] }),
      }),
    ).rejects.toThrow(/Countries of data storage|storageLocations/)
  })

  it('are optional', async () => {
    const doc = await t.payload.create({
      collection: 'subprocessors',
      data: subprocessor({}),
    })
    expect(doc.id).toBeDefined()
  })
})

describe('Data Act disclosure', () => {
  it('is stored on the company and refuses bad country codes', async () => {
    expect(
      (await t.payload.findByID({ collection: 'companies', id: companyId })).dataAct,
    ).toMatchObject({
      infrastructureCountries: ['DE', 'IE'],
      accessSafeguards: 'Encryption with keys held in the EU.',
    })
    await expect(
      t.payload.update({
        collection: 'companies',
        id: companyId,
        data: { dataAct: { infrastructureCountries: ['Germany'] } },
      }),
    ).rejects.toThrow()
  })
})
