import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { REBUILD_QUEUE } from '../../cms/plugin/rebuild/names'
import { runWhenDue } from '../../cms/plugin/rebuild/runWhenDue'

/** A Payload as far as runWhenDue looks at it: its autorun and its queue runner. */
function fakePayload(autoRun: unknown) {
  const run = vi.fn(async () => ({}))
  const payload = {
    config: { jobs: { autoRun } },
    jobs: { run },
    logger: { error: vi.fn() },
  } as unknown as Payload
  return { payload, run }
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('runWhenDue', () => {
  it('runs the rebuild queue once when the waiting rebuild is due, the last due time winning', async () => {
    const { payload, run } = fakePayload([{ cron: '* * * * * *', queue: REBUILD_QUEUE }])
    runWhenDue(payload, Date.now() + 30)
    runWhenDue(payload, Date.now() + 120) // a second change moved the start
    await settle(80)
    expect(run).not.toHaveBeenCalled()
    await settle(150)
    expect(run).toHaveBeenCalledTimes(1)
    expect(run).toHaveBeenCalledWith({ queue: REBUILD_QUEUE, limit: 1 })
  })

  it('leaves the queue alone where the CMS does not run it by itself', async () => {
    for (const autoRun of [undefined, [], [{ cron: '* * * * * *', queue: 'default' }]]) {
      const { payload, run } = fakePayload(autoRun)
      runWhenDue(payload, Date.now())
      await settle(50)
      expect(run).not.toHaveBeenCalled()
    }
  })
})
