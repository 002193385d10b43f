import type { Payload } from 'payload'
import { defaultSlugs } from '@trust-center/payload-plugin/options'

/**
 * A build that was "queued" or "building" when the CMS stopped never finished: it is recorded as
 * failed, so the admin does not show "building" forever. Called by `npm start` before it starts
 * the CMS — only then is it certain that no build of this CMS is running.
 */
export async function markInterruptedBuild(
  payload: Payload,
  slug = defaultSlugs.buildStatus,
): Promise<boolean> {
  const status = (await payload.findGlobal({ slug: slug, overrideAccess: true })) as {
    state?: string
  }
  if (status.state !== 'building' && status.state !== 'queued') return false
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
