/**
 * Fixed-window counters in memory (never stored: no IP address lands in the database). Enough
 * for one CMS process; a cluster would put this in front of the CMS instead.
 */
export function createRateLimiter(limit: number, windowMs: number) {
  const hits = new Map<string, { count: number; resetAt: number }>()
  return {
    /** True when `key` may act now; counts the attempt. */
    allow(key: string, now = Date.now()): boolean {
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k)
      const entry = hits.get(key)
      if (!entry || entry.resetAt <= now) {
        hits.set(key, { count: 1, resetAt: now + windowMs })
        return true
      }
      entry.count++
      return entry.count <= limit
    },
  }
}
