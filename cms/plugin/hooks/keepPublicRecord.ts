import type { Access, CollectionBeforeDeleteHook, Where } from 'payload'
import { roleOf } from '../access/roles'
import type { TrustCenterSlugs } from '../types'
import { RequestRefused } from '../http/refused'

/** TOM statuses that have a permanent public URL and may have been notified. */
const PUBLIC_RECORD = ['published', 'superseded']

/**
 * Only admins delete, and only versions that never were public: a published or superseded
 * version is cited by URL and by notifications (archive it by publishing a newer one).
 */
export const deleteUnpublishedOnly: Access = ({ req }) =>
  roleOf(req) === 'admin' ? ({ status: { not_in: PUBLIC_RECORD } } as Where) : false

/**
 * The same rule for every caller, the Local API without a user included: Payload skips access
 * control there, hooks it does not. An id of a deleted public version could otherwise be reused
 * by the next one (SQLite), and its subscribers would count as "already notified".
 */
export const refuseDeletingPublicVersion: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const doc = await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { status: true },
  })
  const status = (doc as { status?: string } | null)?.status
  if (status && PUBLIC_RECORD.includes(status))
    throw new RequestRefused(
      `This version is ${status}: it is part of the public record (its URL is cited and subscribers were notified) and cannot be deleted. Publish a newer version instead.`,
      403,
    )
}

/** A company with public versions or change events keeps its URLs: it cannot be deleted. */
export function refuseDeletingCompanyWithRecord(
  slugs: Pick<TrustCenterSlugs, 'tomVersions' | 'subprocessorEvents'>,
): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const versions = await req.payload.count({
      collection: slugs.tomVersions,
      where: { and: [{ company: { equals: id } }, { status: { in: PUBLIC_RECORD } }] },
      overrideAccess: true,
      req,
    })
    const events = await req.payload.count({
      collection: slugs.subprocessorEvents,
      where: { company: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (versions.totalDocs + events.totalDocs > 0)
      throw new RequestRefused(
        `This company has ${versions.totalDocs} published TOM versions and ${events.totalDocs} subprocessor change events; their URLs are cited, so the company cannot be deleted.`,
        403,
      )
  }
}

/** A subprocessor with change events is in the public history: end it instead of deleting it. */
export function refuseDeletingSubprocessorWithEvents(
  slugs: Pick<TrustCenterSlugs, 'subprocessorEvents'>,
): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const events = await req.payload.count({
      collection: slugs.subprocessorEvents,
      where: { subprocessor: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (events.totalDocs > 0)
      throw new RequestRefused(
        `This subprocessor has ${events.totalDocs} public change events; set its status to "ended" instead of deleting it.`,
        403,
      )
  }
}
