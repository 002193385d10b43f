import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { sanitizeOptions } from '../../cms/plugin'
import { createRateLimiter } from '../../cms/plugin/notifications/rateLimit'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Rate limits live in the database: two CMS instances on one database count together. */
let t: TestPayload
let second: Payload
const options = sanitizeOptions({})

beforeAll(async () => {
  t = await startTestPayload()
  const { getPayload } = await import('payload')
  const config = (await import('../../cms/payload.config')).default
  second = await getPayload({ config, key: randomUUID() }) // a second instance, same database
})
afterAll(async () => {
  await second?.destroy()
  await t?.close()
})

describe('rate limits in the database', () => {
  it('are shared by every instance, start again after the window, and store no address', async () => {
    const limiter = createRateLimiter('shared-test', 3, 60_000)
    const instances = [t.payload, second, t.payload, second, t.payload]
    const now = new Date()
    const answers: boolean[] = []
    for (const instance of instances)
      answers.push(await limiter.allow(instance, options, '203.0.113.9', now))
    expect(answers).toEqual([true, true, true, false, false])
    // Concurrent hits are each counted once (one atomic statement per hit).
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        limiter.allow(i % 2 ? second : t.payload, options, '203.0.113.10', now),
      ),
    )
    expect(burst.filter(Boolean)).toHaveLength(3)
    const later = new Date(now.getTime() + 61_000)
    expect(await limiter.allow(second, options, '203.0.113.9', later)).toBe(true)
    const rows = await t.payload.db.find({
      collection: 'rate-limits',
      where: {},
      limit: 0,
      pagination: false,
      req: {},
    })
    expect(rows.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows.docs)).not.toContain('203.0.113')
  })
})
