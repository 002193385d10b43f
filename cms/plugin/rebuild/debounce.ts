/** What the adaptive debounce looks at when a change asks for a rebuild. */
export interface DebounceState {
  now: number
  /** When the rebuild job that has not started yet was queued; null when none waits. */
  waitingSince: number | null
  /** Whether a build is running now. */
  building: boolean
  /** When the last build ended; null when none has. */
  lastBuildEndedAt: number | null
}

export interface DebounceTimes {
  /** Delay for a single publication while no build ran recently. */
  quickMs: number
  /** Quiet time asked for under a burst: a rebuild is waiting, running or ended recently. */
  burstMs: number
  /** A waiting rebuild never starts later than this after it was queued (endless edits). */
  maxWaitMs: number
}

/**
 * When the rebuild asked for at `now` should start (epoch ms). A lone publication is built
 * almost at once; a change while another rebuild waits or runs, or less than `burstMs` after one
 * ended, is part of a burst: wait for `burstMs` of quiet so a series of publications builds once,
 * but never longer than `maxWaitMs` after the waiting rebuild was queued.
 */
export function rebuildStartsAt(state: DebounceState, times: DebounceTimes): number {
  const { now, waitingSince, building, lastBuildEndedAt } = state
  const recent = lastBuildEndedAt !== null && now - lastBuildEndedAt < times.burstMs
  if (waitingSince === null && !building && !recent)
    return now + Math.min(times.quickMs, times.burstMs)
  const latest = (waitingSince ?? now) + times.maxWaitMs
  return Math.max(now, Math.min(now + times.burstMs, latest))
}
