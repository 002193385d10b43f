import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCompanyLookup } from '../../cms/plugin/notifications/companyLookup'
import { queueSubscription } from '../../cms/plugin/notifications/subscribeTask'
import { runJobs } from '../helpers/jobs'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * The subscribe endpoint remembers a company's id by slug for a few seconds, and queues its job
 * without reading the row back: what a stale answer or the shorter queueing can lead to.
 */
let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload({ TRUSTCENTER_JOBS_AUTORUN: 'off' })
})
afterAll(async () => {
  await t?.close()
})

describe('the subscribe endpoint’s company lookup', () => {
  it('remembers found companies for its time, never unknown slugs', async () => {
    const req = await createLocalReq({}, t.payload)
    const remembering = createCompanyLookup('companies', 60_000)
    const forgetting = createCompanyLookup('companies', 0)
    expect(await remembering(req, 'later')).toBeUndefined()
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Later', slug: 'later' }),
    })
    expect(await remembering(req, 'later')).toBe(company.id) // the miss was not remembered
    await t.payload.update({
      collection: 'companies',
      id: company.id,
      data: { slug: 'renamed' },
    })
    expect(await remembering(req, 'later')).toBe(company.id) // within its time: stale
    expect(await forgetting(req, 'later')).toBeUndefined()
    expect(await forgetting(req, 'renamed')).toBe(company.id)
  })

  it('a queued subscription for a company deleted meanwhile does nothing and fails no job', async () => {
    const req = await createLocalReq({}, t.payload)
    const gone = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Gone', slug: 'gone' }),
    })
    await queueSubscription(req, {
      email: 'dpo@gone.example',
      companyId: gone.id,
      topics: ['toms'],
      locale: 'de',
    })
    await t.payload.delete({ collection: 'companies', id: gone.id })
    await runJobs(t.payload)
    // Completed jobs are deleted; a failing one would stay, waiting for its retry.
    expect(await t.payload.count({ collection: 'payload-jobs' })).toEqual({ totalDocs: 0 })
    expect(await t.payload.count({ collection: 'subscribers' })).toEqual({ totalDocs: 0 })
  })
})
