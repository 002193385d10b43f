import type { Endpoint } from 'payload'
import { diffVersions } from '@trust-center/core/diff'
import type { Section } from '@trust-center/core/tom-schema'
import { withoutStorageNoise } from '@trust-center/core/version-content'
import { roleOf } from '../../access/roles'
import { workflowMessage } from '../../translations/workflowMessages'
import type { SanitizedTrustCenterOptions } from '../../types'
import { fail } from '../respond'
import { peopleNamer } from './people'
import { idOf } from '../../utilities/doc'

/**
 * GET /api/tom-versions/:id/review — what the review panel shows: the per-measure changes against
 * the company's version in force (the site's diff engine), the review history, and which review
 * buttons the signed-in user may use.
 */
/** The fields of a stored TOM version this summary reads (ids of either database's shape). */
interface StoredVersion {
  id: string | number
  company: unknown
  sections?: unknown
  lastEditedBy?: unknown
  reviewLog?: unknown
  [field: string]: unknown
}

/**
 * What approving makes public, for the confirmation dialog: as stored, which is what the approve
 * step publishes.
 */
const publicationOf = (version: StoredVersion) => ({
  effectiveDate: version.effectiveDate ? String(version.effectiveDate).slice(0, 10) : null,
  notice: version.changeSummary || null,
})

export const reviewSummaryEndpoint = (options: SanitizedTrustCenterOptions): Endpoint => ({
  path: '/:id/review',
  method: 'get',
  handler: async (req) => {
    const role = roleOf(req)
    if (!role || !req.user) return fail(401, workflowMessage(req, 'signIn'))
    const collection = options.slugs.tomVersions
    const id = String(req.routeParams?.id)
    const version = (await req.payload.findByID({
      collection,
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })) as StoredVersion | null
    if (!version) return fail(404, workflowMessage(req, 'notFound', { id }))
    // A published or superseded version is the record itself: nothing to review against.
    const frozen = version.status === 'published' || version.status === 'superseded'
    const current = frozen
      ? undefined
      : ((
          await req.payload.find({
            collection,
            where: {
              and: [
                { company: { equals: idOf(version.company) } },
                { status: { equals: 'published' } },
                { id: { not_equals: version.id } },
              ],
            },
            limit: 1,
            depth: 0,
            req,
          })
        ).docs[0] as StoredVersion | undefined)
    const sections = (doc: StoredVersion) => ({
      sections: withoutStorageNoise(doc.sections ?? []) as Section[],
    })
    const diff = current ? diffVersions(sections(current), sections(version)) : null
    const reviewer = role === 'legal' || role === 'admin'
    const lastEditor = version.lastEditedBy ? idOf(version.lastEditedBy) : null
    const notLastEditor = !options.fourEyes || lastEditor !== String(req.user.id)
    const log = (version.reviewLog ?? []) as Array<Record<string, unknown>>
    const person = await peopleNamer(req, options, [version.lastEditedBy, ...log.map((e) => e.by)])
    return Response.json({
      status: version.status,
      lastEditedBy: person(version.lastEditedBy),
      current: current
        ? {
            id: current.id,
            version: current.version,
            effectiveDate: String(current.effectiveDate).slice(0, 10),
          }
        : null,
      publication: publicationOf(version),
      // Only what changed: the panel lists changes, not the whole document.
      diff: diff && {
        identical: diff.identical,
        counts: diff.counts,
        controls: diff.controls
          .map((c) => ({ ...c, measures: c.measures.filter((m) => m.kind !== 'unchanged') }))
          .filter((c) => c.kind !== 'matched' || c.measures.length > 0 || c.text),
      },
      log: log.map((e) => ({
        action: e.action,
        at: e.at,
        comment: e.comment ?? null,
        by: person(e.by),
      })),
      can: {
        submit: version.status === 'draft',
        approve: version.status === 'in-review' && reviewer && notLastEditor,
        requestChanges: version.status === 'in-review' && reviewer && notLastEditor,
      },
    })
  },
})
