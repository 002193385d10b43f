import type { Endpoint } from 'payload'
import { sameContent } from '@trust-center/core/content-equality'
import { snapshotChanges } from '@trust-center/core/notice'
import { roleOf } from '../../access/roles'
import { publicSnapshot } from '../../hooks/subprocessorEvents'
import { workflowMessage } from '../../translations/workflowMessages'
import type { SanitizedTrustCenterOptions } from '../../types'
import { fail } from '../respond'
import { peopleNamer } from './people'
import { subprocessorTarget } from './targets'
import { idOf } from '../../utilities/doc'

/** What customers see of a subprocessor, with its state and dates, for the panel's change list. */
const shown = (doc: Record<string, unknown> | null) =>
  doc
    ? {
        ...publicSnapshot(doc),
        status: doc.status ?? null,
        effectiveFrom: doc.effectiveFrom ? String(doc.effectiveFrom).slice(0, 10) : null,
        endedAt: doc.endedAt ? String(doc.endedAt).slice(0, 10) : null,
      }
    : {}

/**
 * GET /api/subprocessors/:id/review — what the review panel shows for a subprocessor: the pending
 * change field by field against the published record, the review history, and which buttons the
 * signed-in user may use.
 */
export const subprocessorSummaryEndpoint = (options: SanitizedTrustCenterOptions): Endpoint => ({
  path: '/:id/review',
  method: 'get',
  handler: async (req) => {
    const role = roleOf(req)
    if (!role || !req.user) return fail(401, workflowMessage(req, 'signIn'))
    const id = String(req.routeParams?.id)
    const found = await subprocessorTarget(options).read(req, id)
    if (!found) return fail(404, workflowMessage(req, 'notFound', { id }, 'subprocessor'))
    const { doc, state } = found
    const published = (await req.payload.db.findOne({
      collection: options.slugs.subprocessors,
      where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] },
      req,
    })) as Record<string, unknown> | null
    const log = (doc.reviewLog ?? []) as Array<Record<string, unknown>>
    const person = await peopleNamer(req, options, [doc.lastEditedBy, ...log.map((e) => e.by)])
    const reviewer = role === 'legal' || role === 'admin'
    const notLastEditor =
      !options.fourEyes ||
      doc.lastEditedBy == null ||
      idOf(doc.lastEditedBy) !== String(req.user.id)
    const inReview = state === 'in-review'
    return Response.json({
      status: state,
      lastEditedBy: person(doc.lastEditedBy),
      current: null,
      diff: null,
      published: Boolean(published),
      // What approving makes public, for the confirmation dialog.
      publication: {
        effectiveDate:
          String(doc.changeEffectiveAt ?? doc.effectiveFrom ?? '').slice(0, 10) || null,
        notice: doc.changeNote || null,
      },
      // Compared in canonical form: an empty list and a missing one are no change.
      changes:
        state === 'published'
          ? []
          : snapshotChanges(shown(published), shown(doc)).filter(
              (c) => !sameContent({ v: c.from }, { v: c.to }),
            ),
      log: log.map((e) => ({
        action: e.action,
        at: e.at,
        comment: e.comment ?? null,
        by: person(e.by),
      })),
      can: {
        submit: state === 'draft',
        approve: inReview && reviewer && notLastEditor,
        requestChanges: inReview && reviewer && notLastEditor,
      },
    })
  },
})
