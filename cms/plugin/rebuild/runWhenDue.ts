import type { Payload } from 'payload'
import { REBUILD_QUEUE } from './names'

/** One timer per Payload: the waiting rebuild's latest due time replaces the earlier one. */
const timers = new WeakMap<Payload, ReturnType<typeof setTimeout>>()

/** Whether this CMS runs the rebuild queue by itself (`jobs.autoRun` lists the queue). */
export function autoRunsRebuilds(payload: Payload): boolean {
  const autoRun = payload.config.jobs?.autoRun
  return Array.isArray(autoRun) && autoRun.some((entry) => entry.queue === REBUILD_QUEUE)
}

/**
 * Runs the rebuild queue the moment the waiting rebuild is due, instead of at the autorun's next
 * look (every second in the reference app: on average half a second of every publish → live).
 * Only where the CMS runs that queue by itself anyway; tests and apps that run it by hand keep
 * control. Nothing is lost when it does not run (a build still running holds the queue's
 * concurrency key, the job's start was moved later by another process): the autorun stays the
 * fallback. The timer does not keep Node alive.
 */
export function runWhenDue(payload: Payload, dueAt: number): void {
  if (!autoRunsRebuilds(payload)) return
  clearTimeout(timers.get(payload))
  const timer = setTimeout(
    () => {
      timers.delete(payload)
      payload.jobs.run({ queue: REBUILD_QUEUE, limit: 1 }).catch((error: unknown) => {
        payload.logger.error({ err: error }, 'trust center: could not start the rebuild job')
      })
    },
    Math.max(0, dueAt - Date.now()) + 10, // waitUntil is compared with the runner's clock
  )
  timer.unref()
  timers.set(payload, timer)
}
