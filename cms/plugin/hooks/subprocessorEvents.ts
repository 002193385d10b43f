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

type Doc = Record<string, unknown>
type Notice = { announcedAt: string; objectionDeadline: string | null; effectiveAt: string }
interface ChangeFields {
  kind: string
  note: string | null
  deadline: string | null
  effective: string | null
}
type Kind = 'added' | 'removed' | 'changed'

/** A date or text field's value; dates are ISO strings in a hook's data. */
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** The "this change" fields describe the change being saved; they are reset for the next one. */
function takeChangeFields(data: Doc, merged: Doc): ChangeFields {
  const change = {
    kind: text(merged.changeKind) ?? 'material',
    note: text(merged.changeNote),
    deadline: text(merged.objectionDeadline),
    effective: text(merged.changeEffectiveAt),
  }
  Object.assign(data, {
    changeKind: 'material',
    changeNote: null,
    objectionDeadline: null,
    changeEffectiveAt: null,
  })
  return change
}

const kindOf = (was: unknown, now: unknown): Kind =>
  !isPublic(was) ? 'added' : now === 'ended' && was !== 'ended' ? 'removed' : 'changed'

interface NoticeArgs {
  kind: Kind
  merged: Doc
  change: ChangeFields
  imported: boolean
  /** Only the notice period is needed, and only for a notice. */
  noticePeriodDays: () => Promise<number>
  fail: (path: string, message: string) => never
}

/** When the change is announced, until when customers may object, and when it takes effect. */
async function noticeFor(data: Doc, args: NoticeArgs): Promise<Notice> {
  const { kind, merged, change, noticePeriodDays } = args
  const today = new Date().toISOString().slice(0, 10)
  if (args.imported) {
    // Imported as it stands: in use already (no objection period), or announced on a given day.
    const since = String(merged.effectiveFrom ?? today).slice(0, 10)
    const announced = String(merged.announcedAt ?? since).slice(0, 10)
    return merged.status === 'announced'
      ? computeNotice({
          announcedAt: announced,
          noticePeriodDays: await noticePeriodDays(),
          effectiveAt: text(merged.effectiveFrom) ?? undefined,
        })
      : { announcedAt: announced, objectionDeadline: null, effectiveAt: since }
  }
  if (kind === 'removed') {
    // Ending a subprocessor takes nothing new from customers: no objection period.
    const ends = String(change.effective ?? merged.endedAt ?? today).slice(0, 10)
    data.endedAt = ends
    return { announcedAt: today, objectionDeadline: null, effectiveAt: ends }
  }
  const requestedEffective =
    change.effective ?? (kind === 'added' ? text(merged.effectiveFrom) : null)
  try {
    const notice = computeNotice({
      announcedAt: today,
      noticePeriodDays: await noticePeriodDays(),
      requestedDeadline: change.deadline,
      effectiveAt: requestedEffective,
    })
    if (kind === 'added')
      Object.assign(data, { announcedAt: notice.announcedAt, effectiveFrom: notice.effectiveAt })
    return notice
  } catch (error) {
    if (!(error instanceof NoticeError)) throw error
    const path =
      error.field === 'objectionDeadline'
        ? 'objectionDeadline'
        : change.effective
          ? 'changeEffectiveAt'
          : 'effectiveFrom'
    return args.fail(path, error.message)
  }
}

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
    const change = takeChangeFields(data, merged)
    const fail = (path: string, message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
    }
    if (isPublic(was) && !isPublic(now))
      fail(
        'status',
        'A published subprocessor cannot go back to draft; end it instead (status "ended").',
      )
    if (!isPublic(now)) return data
    const kind = kindOf(was, now)
    const changes =
      kind === 'changed'
        ? snapshotChanges(publicSnapshot(published ?? {}), publicSnapshot(merged))
        : []
    if (kind === 'changed' && changes.length === 0) return data

    const imported = Boolean(context?.importExisting)
    // Read from the adapter, without the Local API's field hooks, and not for what an import
    // records as already in use.
    const noticePeriodDays = async () =>
      (
        (await req.payload.db.findOne({
          collection: options.slugs.companies,
          where: { id: { equals: relationId(merged.company) } },
          select: { noticePeriodDays: true },
          req,
        })) as { noticePeriodDays?: number } | null
      )?.noticePeriodDays ?? 30
    const notice = await noticeFor(data, { kind, merged, change, imported, noticePeriodDays, fail })
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
          kind: 'added' | 'changed' | 'removed'
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
    const verb = { added: 'neu', changed: 'geändert', removed: 'endet' }[event.kind]
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
