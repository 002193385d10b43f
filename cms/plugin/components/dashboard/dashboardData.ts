import type { Payload, TypedUser } from 'payload'
import type { TrustCenterSlugs } from '../../types'

export type DashboardSlugs = Pick<
  TrustCenterSlugs,
  'tomVersions' | 'subprocessors' | 'subprocessorEvents' | 'objections' | 'buildStatus' | 'users'
>

/**
 * What the dashboard's first row shows, read with the user's access: TOM versions and
 * subprocessor changes in review, announced changes whose objection deadline is still ahead, and
 * the last site build.
 */
export async function dashboardData(payload: Payload, user: TypedUser, slugs: DashboardSlugs) {
  const [versions, changes, announced, build] = await Promise.all([
    payload.find({
      collection: slugs.tomVersions,
      where: { status: { equals: 'in-review' } },
      depth: 1,
      limit: 20,
      sort: 'updatedAt',
      select: { title: true, version: true, company: true, updatedAt: true },
      user,
      overrideAccess: false,
    }),
    // Pending subprocessor changes are drafts: their latest version says whether they are in review.
    payload.find({
      collection: slugs.subprocessors,
      draft: true,
      where: { reviewStatus: { equals: 'in-review' } },
      depth: 1,
      limit: 20,
      sort: 'updatedAt',
      select: { name: true, company: true },
      user,
      overrideAccess: false,
      disableErrors: true,
    }),
    payload.find({
      collection: slugs.subprocessorEvents,
      where: { objectionDeadline: { greater_than_equal: new Date().toISOString() } },
      depth: 0,
      limit: 20,
      sort: 'objectionDeadline',
      select: { title: true, objectionDeadline: true, effectiveAt: true },
      user,
      overrideAccess: false,
      // A role without read access sees an empty list; a database error still fails the page.
      disableErrors: true,
    }),
    payload.findGlobal({
      slug: slugs.buildStatus,
      depth: 0,
      user,
      overrideAccess: false,
      disableErrors: true,
    }),
  ])
  return { versions, changes, announced, build }
}

export type DashboardData = Awaited<ReturnType<typeof dashboardData>>
