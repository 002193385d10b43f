import type { Payload } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { DELIVER_TASK } from './enqueue'
import { FANOUT_TASK } from './fanOut'
import { WEBHOOK_DELIVER_TASK } from '../webhooks/enqueue'

/** Short jobs only: a site rebuild may rightly run long and has its own crash handling. */
const RELEASABLE = [FANOUT_TASK, DELIVER_TASK, WEBHOOK_DELIVER_TASK]

/**
 * Payload marks a job `processing` while a runner has it and never looks at it again until that
 * runner clears the mark. A runner killed mid-job leaves the mark for ever — and with it the
 * job's concurrency key, which blocks every later job of the same subscriber. A notification job
 * still marked after `staleJobMs` without progress is released here; its task decides by the
 * delivery rows what is still to do, so running it again sends nothing twice.
 */
export async function releaseStaleJobs(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - options.notifications.staleJobMs).toISOString()
  const released = await payload.db.updateMany({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { taskSlug: { in: RELEASABLE } },
        { updatedAt: { less_than: cutoff } },
      ],
    },
    data: { processing: false },
    req: {},
  })
  const count = released?.length ?? 0
  if (count > 0)
    payload.logger.warn(`trust center: released ${count} job(s) left running by a stopped runner`)
  return count
}
