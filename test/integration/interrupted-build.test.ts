import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REBUILD_QUEUE } from '@trust-center/payload-plugin'
import { markInterruptedBuild } from '../../cms/setup/interruptedBuild'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/** A build cut off by a crash shows as failed after the next `npm start`'s setup, not "building" forever. */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

describe('interrupted build', () => {
  it('is marked failed with the reason; a finished build is left alone', async () => {
    await t.payload.updateGlobal({
      slug: 'trust-center-build',
      data: { state: 'building', startedAt: new Date().toISOString() },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    // The job the stopped CMS was running, still "processing": it would hold the queue for good.
    const job = (await t.payload.jobs.queue({
      task: 'trustCenterRebuild',
      queue: REBUILD_QUEUE,
      input: { reasons: ['publish'] },
    })) as { id: number | string }
    await t.payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: true },
      overrideAccess: true,
    })
    process.env.TRUSTCENTER_STARTING = '1'
    const { setup } = await import('../../cms/setup/setup')
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Muster AG', slug: 'muster' }),
    }) // so setup does not seed
    const lines: string[] = []
    await setup(t.payload, (line) => lines.push(line))
    delete process.env.TRUSTCENTER_STARTING
    const status = (await t.payload.findGlobal({ slug: 'trust-center-build' })) as {
      state: string
      message: string
    }
    expect(status.state).toBe('failed')
    expect(status.message).toMatch(/^Interrupted: the CMS stopped while this build was building/)
    expect(lines.join('\n')).toMatch(/interrupted/)
    expect(
      await t.payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 }),
    ).toMatchObject({ processing: false, hasError: true })
    expect(await markInterruptedBuild(t.payload)).toBe(false)
  })
})
