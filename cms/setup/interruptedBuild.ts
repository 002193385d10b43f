import type { Payload } from 'payload'
import { REBUILD_QUEUE } from '@trust-center/payload-plugin'
import { defaultSlugs } from '@trust-center/payload-plugin/options'

/**
 * A rebuild job the stopped CMS was running stays "processing" in the queue, and its concurrency
 * key (one build per site) would hold back every later rebuild for good: it is ended as failed.
 */
async function releaseInterruptedRebuildJobs(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { queue: { equals: REBUILD_QUEUE }, processing: { equals: true } },
    data: {
      processing: false,
      hasError: true,
      error: { message: 'Interrupted: the CMS stopped during this build.' },
    },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

/**
 * A build that was "queued" or "building" when the CMS stopped never finished: it is recorded as
 * failed, so the admin does not show "building" forever, and its job no longer holds the queue. Called by `npm start` before it starts
 * the CMS — only then is it certain that no build of this CMS is running.
 */
export async function markInterruptedBuild(
  payload: Payload,
  slug = defaultSlugs.buildStatus,
): Promise<boolean> {
  const released = await releaseInterruptedRebuildJobs(payload)
  const status = (await payload.findGlobal({ slug, overrideAccess: true })) as {
    state?: string
  }
  if (status.state !== 'building' && status.state !== 'queued') return released > 0
  await payload.updateGlobal({
    slug: slug,
    data: {
      state: 'failed',
      finishedAt: new Date().toISOString(),
      message: `Interrupted: the CMS stopped while this build was ${status.state}. The previous site stayed online; publish again or run \`npm run build\` to bring it up to date.`,
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  return true
}
