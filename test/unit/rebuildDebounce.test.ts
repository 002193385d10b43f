import { describe, expect, it } from 'vitest'
import { rebuildStartsAt } from '../../cms/plugin/rebuild/debounce'

const times = { quickMs: 500, burstMs: 5_000, maxWaitMs: 30_000 }
const now = 1_000_000
const idle = { now, waitingSince: null, building: false, lastBuildEndedAt: null }

describe('adaptive rebuild debounce', () => {
  it('builds a lone publication almost at once', () => {
    expect(rebuildStartsAt(idle, times)).toBe(now + 500)
    // The last build ended long enough ago: still a lone publication.
    expect(rebuildStartsAt({ ...idle, lastBuildEndedAt: now - 5_000 }, times)).toBe(now + 500)
  })

  it('waits for quiet under a burst: a rebuild waiting, running or just ended', () => {
    expect(rebuildStartsAt({ ...idle, waitingSince: now - 200 }, times)).toBe(now + 5_000)
    expect(rebuildStartsAt({ ...idle, building: true }, times)).toBe(now + 5_000)
    expect(rebuildStartsAt({ ...idle, lastBuildEndedAt: now - 4_999 }, times)).toBe(now + 5_000)
  })

  it('never postpones a waiting rebuild past the longest wait', () => {
    expect(rebuildStartsAt({ ...idle, waitingSince: now - 27_000 }, times)).toBe(now + 3_000)
    expect(rebuildStartsAt({ ...idle, waitingSince: now - 40_000 }, times)).toBe(now)
  })

  it('keeps a configured debounce shorter than the quick delay', () => {
    expect(rebuildStartsAt(idle, { ...times, burstMs: 300 })).toBe(now + 300)
  })
})
