import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  ValidationError,
} from 'payload'
import { computeNotice, NoticeError, snapshotChanges } from '@trust-center/core/notice'
import { PUBLIC_SUBPROCESSOR_STATUSES } from '../collections/subprocessors'
import { queueFanOut } from '../notifications/fanOut'
import type { SanitizedTrustCenterOptions } from '../types'
import { PUBLICATION_KEY, type Publication } from './subprocessorReview'
import { relationId } from '../utilities/doc'

/**
 * Publishing a subprocessor change (not saving a pending one) records an event: a draft becoming public is `added`, a
 * public one ending is `removed`, any other change to what customers see is `changed`. The
 * "next change" fields (material or editorial, note, deadline, effective date) describe the
 * change being saved and are reset afterwards.
 */
const PUBLIC_FIELDS = [
  'name',
  'legalEntity',
  'address',
  'website',
  'purpose',
  'dataCategories',
  'locations',
  'transferSafeguard',
] as const
const CONTEXT = 'subprocessorEvent'
const isPublic = (status: unknown) =>
  (PUBLIC_SUBPROCESSOR_STATUSES as readonly unknown[]).includes(status)

export function publicSnapshot(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(PUBLIC_FIELDS.map((f) => [f, doc[f] ?? null]))
}

// Long: the steps of one operation in order; to be split into a function per step
// (docs/architecture.md, "Functions that fit a screen").
export const recordChangeBeforeChange =
  (options: SanitizedTrustCenterOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection, context }) => {
    // Only a publication records an event (hooks/subprocessorReview.ts); a pending change keeps
    // its "this change" fields until it is published.
    const publication = req.context[PUBLICATION_KEY] as Publication | undefined
    if (!publication) return data
    const published = publication.previous
    const merged = { ...originalDoc, ...data }
    const was = published?.status
    const now = merged.status
    const change = {
      kind: merged.changeKind ?? 'material',
      note: merged.changeNote ?? null,
      deadline: merged.objectionDeadline ?? null,
      effective: merged.changeEffectiveAt ?? null,
    }
    Object.assign(data, {
      changeKind: 'material',
      changeNote: null,
      objectionDeadline: null,
      changeEffectiveAt: null,
    })
    if (isPublic(was) && !isPublic(now)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'status',
            message:
              'A published subprocessor cannot go back to draft; end it instead (status "ended").',
          },
        ],
        req,
      })
    }
    if (!isPublic(now)) return data
    const kind = !isPublic(was)
      ? 'added'
      : now === 'ended' && was !== 'ended'
        ? 'removed'
        : 'changed'
    const changes =
      kind === 'changed'
        ? snapshotChanges(publicSnapshot(published ?? {}), publicSnapshot(merged))
        : []
    if (kind === 'changed' && changes.length === 0) return data

    const imported = Boolean(context?.importExisting)
    // Only the notice period is needed, and only for a notice: read from the adapter, without the
    // Local API's field hooks, and not for what an import records as already in use.
    const noticePeriodDays = async () =>
      (
        (await req.payload.db.findOne({
          collection: options.slugs.companies,
          where: { id: { equals: relationId(merged.company) } },
          select: { noticePeriodDays: true },
          req,
        })) as { noticePeriodDays?: number } | null
      )?.noticePeriodDays ?? 30
    const today = new Date().toISOString().slice(0, 10)
    let notice: { announcedAt: string; objectionDeadline: string | null; effectiveAt: string }
    if (imported) {
      // Imported as it stands: in use already (no objection period), or announced on a given day.
      const since = String(merged.effectiveFrom ?? today).slice(0, 10)
      const announced = String(merged.announcedAt ?? since).slice(0, 10)
      notice =
        now === 'announced'
          ? computeNotice({
              announcedAt: announced,
              noticePeriodDays: await noticePeriodDays(),
              effectiveAt: merged.effectiveFrom as string | undefined,
            })
          : { announcedAt: announced, objectionDeadline: null, effectiveAt: since }
    } else if (kind === 'removed') {
      // Ending a subprocessor takes nothing new from customers: no objection period.
      const ends = String(change.effective ?? merged.endedAt ?? today).slice(0, 10)
      notice = { announcedAt: today, objectionDeadline: null, effectiveAt: ends }
      data.endedAt = ends
    } else {
      const requestedEffective =
        change.effective ?? (kind === 'added' ? merged.effectiveFrom : null)
      try {
        notice = computeNotice({
          announcedAt: today,
          noticePeriodDays: await noticePeriodDays(),
          requestedDeadline: change.deadline,
          effectiveAt: requestedEffective,
        })
      } catch (error) {
        if (!(error instanceof NoticeError)) throw error
        const path =
          error.field === 'objectionDeadline'
            ? 'objectionDeadline'
            : change.effective
              ? 'changeEffectiveAt'
              : 'effectiveFrom'
        throw new ValidationError({
          collection: collection.slug,
          errors: [{ path, message: error.message }],
          req,
        })
      }
      if (kind === 'added')
        Object.assign(data, { announcedAt: notice.announcedAt, effectiveFrom: notice.effectiveAt })
    }
    // req.context, not the hook's own context argument: it is what reaches afterChange.
    req.context[CONTEXT] = {
      kind,
      changes,
      material: change.kind !== 'editorial',
      note: change.note,
      imported,
      ...notice,
    }
    return data
  }

export const recordChangeAfterChange =
  (options: SanitizedTrustCenterOptions): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    const event = req.context?.[CONTEXT] as
      | {
          kind: string
          material: boolean
          imported: boolean
          note: string | null
          changes: unknown
          announcedAt: string
          objectionDeadline: string | null
          effectiveAt: string
        }
      | undefined
    if (!event) return doc
    delete req.context[CONTEXT]
    const verb = { added: 'neu', changed: 'geändert', removed: 'endet' }[event.kind as 'added']
    // Written through the adapter: the event is the system's own record, complete by construction
    // (its collection's only hook guards updates). Through the Local API its validation and field
    // hooks cost a third of adding a subprocessor. Read back only when a notification needs its id.
    const notify = event.material && !context?.skipNotify
    const now = new Date().toISOString()
    const created = await req.payload.db.create({
      collection: options.slugs.subprocessorEvents,
      data: {
        title: `${String(doc.name)}: ${verb}`,
        company: relationId(doc.company),
        subprocessor: doc.id,
        snapshot: publicSnapshot(doc),
        ...event,
        // The outbox mark, in the same row as the event (fields/notifyPending.ts).
        notifyPending: notify,
        createdAt: now,
        updatedAt: now,
      },
      req,
      returning: notify,
    })
    if (notify) {
      await queueFanOut(req, {
        key: `subprocessor-event:${String(created.id)}`,
        topic: 'subprocessors',
        companyId: relationId(doc.company),
      })
    }
    return doc
  }
