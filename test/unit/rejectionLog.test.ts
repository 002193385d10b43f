import { describe, expect, it } from 'vitest'
import { createLogWindow } from '../../cms/plugin/http/rejectionLog'

describe('rejection log window', () => {
  it('lets one line a minute through per key and reports the held-back count in the next', () => {
    const w = createLogWindow(60_000, 100)
    const t0 = 1_000_000
    expect(w.admit('a|429', t0)).toBe(0)
    for (let i = 1; i <= 199; i++) expect(w.admit('a|429', t0 + i * 100)).toBeNull()
    // Another client and another reason have their own windows.
    expect(w.admit('b|429', t0 + 500)).toBe(0)
    expect(w.admit('a|413', t0 + 500)).toBe(0)
    expect(w.admit('a|429', t0 + 60_000)).toBe(199)
    expect(w.admit('a|429', t0 + 60_001)).toBeNull()
  })

  it('stays bounded under a flood of clients: the ones beyond the limit share a line', () => {
    const w = createLogWindow(60_000, 10)
    const lines = Array.from({ length: 1000 }, (_, i) => w.admit(`client-${i}|429`, 5, '*|429'))
    expect(lines.filter((l) => l !== null)).toHaveLength(11) // 10 clients + the shared line
    expect(w.size()).toBeLessThanOrEqual(11)
    // Once their minute is over, the old windows make room again.
    expect(w.admit('late|429', 60_005, '*|429')).toBe(0)
    expect(w.size()).toBeLessThanOrEqual(11)
  })
})
