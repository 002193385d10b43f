import type { Payload } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { requeueStrandedWebhooks } from '../webhooks/tasks'
import { requeueStranded } from './maintenanceTask'
import { releaseStaleJobs } from './staleJobs'
import { queueMarkedChanges } from './fanOut'

/** Often enough to pick work up soon after a restart, rarely enough to cost nothing. */
const EVERY_MS = 5_000
const lastRun = new WeakMap<Payload, number>()

/**
 * What a killed process left behind, taken up again before the CMS runs its jobs: jobs still
 * marked running, publications still marked for notification, deliveries still claimed — each
 * after `staleJobMs` without progress. Not a job itself: a job could be one of those left marked.
 */
export async function recoverAfterCrash(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<void> {
  if (now.getTime() - (lastRun.get(payload) ?? 0) < EVERY_MS) return
  lastRun.set(payload, now.getTime())
  try {
    await releaseStaleJobs(payload, options, now)
    await queueMarkedChanges(payload, options, now)
    await requeueStranded(payload, options, now)
    await requeueStrandedWebhooks(payload, options, now)
  } catch (error) {
    payload.logger.error({ err: error }, 'trust center: could not recover interrupted jobs')
  }
}
