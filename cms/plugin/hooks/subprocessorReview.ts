import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { sameContent } from '@trust-center/core/content-equality'
import { roleOf } from '../access/roles'
import { workflowError } from '../errors/workflowError'
import type { SanitizedTrustCenterOptions } from '../types'
import { appendReviewStep } from '../workflow/reviewLog'
import { REVIEW_CONTEXT_KEY, type ReviewStep, TRANSITIONS } from '../workflow/transitions'

/**
 * Subprocessor changes go through review like TOM versions. The published document (Payload's
 * main row, `_status: published`) is the public record; an editor's change is a draft version
 * that nobody outside sees. Only a save that writes the public record — approval by legal or an
 * admin who did not edit the change last — records the change event and notifies
 * (hooks/subprocessorEvents.ts reads the publication this hook hands it).
 */

/** Set by the server alone: what a client sends for them is ignored. */
export const SUBPROCESSOR_SERVER_ONLY_FIELDS = [
  'lastEditedBy',
  'reviewLog',
  'reviewStatus',
] as const
/** Describe the change rather than the subprocessor; like a TOM version's summary, no edit. */
const NOT_CONTENT = new Set<string>([
  ...SUBPROCESSOR_SERVER_ONLY_FIELDS,
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'changeKind',
  'changeNote',
  'objectionDeadline',
  'changeEffectiveAt',
])
const RELATIONS = new Set(['company', 'linkedCompany'])
const DATES = new Set(['announcedAt', 'effectiveFrom', 'endedAt'])
const DRAFT_SAVE_KEY = 'subprocessorDraftSave'
/** The context key under which a publication hands the public record it replaces to the event hook. */
export const PUBLICATION_KEY = 'subprocessorPublication'
export interface Publication {
  /** The public record before this save; null when the subprocessor was never published. */
  previous: Record<string, unknown> | null
}

const ref = (value: unknown) => {
  const id = typeof value === 'object' && value ? (value as { id: unknown }).id : value
  return id == null || id === '' ? null : String(id)
}
const day = (value: unknown) => (value ? new Date(String(value)).toISOString().slice(0, 10) : null)

/** Whether this save changes what the subprocessor says (canonical comparison, as for TOM versions). */
export function changesSubprocessor(
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): boolean {
  if (!original) return true
  return Object.keys(data).some((field) => {
    if (NOT_CONTENT.has(field)) return false
    if (RELATIONS.has(field)) return ref(data[field]) !== ref(original[field])
    if (DATES.has(field)) return day(data[field]) !== day(original[field])
    // Wrapped: at the top level sameContent keeps an empty list apart from a missing one.
    return !sameContent({ v: data[field] }, { v: original[field] })
  })
}

/** Payload decides "draft or not" before any change hook; remember it for the one below. */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const data = (args as { data?: { _status?: unknown } }).data
    req.context[DRAFT_SAVE_KEY] =
      Boolean((args as { draft?: boolean }).draft) && data?._status !== 'published'
  }
  return args
}

export const subprocessorReviewBeforeChange =
  (options: SanitizedTrustCenterOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context, collection }) => {
    const user = req.user
    delete req.context[PUBLICATION_KEY]
    // What a client sends for these is ignored. (A draft save hands the hook the whole stored
    // document as data, so the stored values are put back rather than the fields dropped.)
    if (user)
      for (const field of SUBPROCESSOR_SERVER_ONLY_FIELDS) {
        if (originalDoc && field in originalDoc) data[field] = originalDoc[field]
        else delete data[field]
      }
    const editsContent = changesSubprocessor(data, originalDoc)
    if (user && editsContent) data.lastEditedBy = user.id
    const step = context[REVIEW_CONTEXT_KEY] as ReviewStep | undefined
    if (step && user) data.reviewLog = appendReviewStep(originalDoc, step, user.id)

    // originalDoc is the latest version (a pending draft, if any); the public record is the main row.
    const main =
      operation === 'update' && originalDoc?.id != null
        ? ((await req.payload.db.findOne({
            collection: collection.slug,
            where: { id: { equals: originalDoc.id } },
            req,
          })) as Record<string, unknown> | null)
        : null
    const previous = main?._status === 'published' ? main : null
    const pending = originalDoc?._status === 'published' ? 'draft' : originalDoc?.reviewStatus
    if (req.context[DRAFT_SAVE_KEY] === true) {
      data.reviewStatus = step ? TRANSITIONS[step.action].to : (pending ?? 'draft')
      return data
    }
    const result = data._status ?? originalDoc?._status ?? 'draft'
    if (previous && result !== 'published') throw workflowError(req, 403, 'unpublish')
    if (result !== 'published') {
      data.reviewStatus = pending ?? 'draft'
      return data
    }
    // This save writes the public record.
    if (user) {
      const role = roleOf(req)
      if (role !== 'legal' && role !== 'admin')
        throw workflowError(req, 403, 'onlyLegalPublishes', {}, 'subprocessor')
      const lastEditor = editsContent ? String(user.id) : ref(originalDoc?.lastEditedBy)
      if (options.fourEyes && lastEditor === String(user.id))
        throw workflowError(req, 403, 'fourEyes', {}, 'subprocessor')
    }
    data.reviewStatus = 'published'
    req.context[PUBLICATION_KEY] = { previous } satisfies Publication
    return data
  }
