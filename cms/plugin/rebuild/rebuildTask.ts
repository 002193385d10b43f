import type { TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { REBUILD_TASK } from './names'
import { runRebuild } from './rebuildSite'

/**
 * The rebuild of the static site as a job in Payload's queue, so a restart of the CMS loses no
 * rebuild. Publishing queues it with `waitUntil` (the debounce); later changes move the
 * waiting job's `waitUntil` and add their reasons (requestRebuild). The concurrency key makes
 * builds of one site run one at a time; a change during a build queues the next. Registered
 * whether or not a rebuild target is configured, so the jobs schema does not depend on it.
 */
export const rebuildTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: REBUILD_TASK,
  label: 'Rebuild the trust center site',
  inputSchema: [{ name: 'reasons', type: 'json', required: true }],
  concurrency: { key: () => `rebuild:${options.slugs.buildStatus}`, exclusive: true },
  // A failed build is recorded in the build status and not retried: the next change builds again.
  retries: 0,
  handler: async ({ input, req }) => {
    const reasons = Array.isArray((input as { reasons?: unknown }).reasons)
      ? (input as { reasons: unknown[] }).reasons.map(String)
      : []
    await runRebuild(req.payload, options, reasons)
    return { output: {} }
  },
})
