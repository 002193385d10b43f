import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'
import { sameContent } from '@trust-center/core/content-equality'
import { fingerprint, versionContent } from '@trust-center/core/version-content'
import { roleOf } from '../access/roles'
import { workflowError } from '../errors/workflowError'
import { languageOf } from '../translations/language'
import { statusLabel } from '../translations/statuses'
import { workflowMessage } from '../translations/workflowMessages'
import type { SanitizedTrustCenterOptions } from '../types'
import { appendReviewStep } from '../workflow/reviewLog'
import { REVIEW_CONTEXT_KEY, type ReviewStep } from '../workflow/transitions'
import { idOf } from '../utilities/doc'

/**
 * The review workflow of TOM versions (draft → in-review → published → superseded):
 * published versions are immutable, only legal or admin publish, not the last editor of the
 * version (four-eyes), and publishing supersedes the previous version of the company.
 */

const FROZEN = ['published', 'superseded']
const CONTENT_FIELDS = [
  'company',
  'title',
  'effectiveDate',
  'version',
  'preamble',
  'sections',
  'closing',
] as const
/** Set by this hook alone: what a client sends for them is ignored. */
const SERVER_ONLY_FIELDS = [
  'lastEditedBy',
  'publishedBy',
  'publishedAt',
  'fingerprint',
  'reviewLog',
] as const
const dayOf = (value: unknown) =>
  value ? new Date(String(value)).toISOString().slice(0, 10) : null

/**
 * Whether this save changes what the version says (as opposed to its status or summary). Each
 * field is compared in canonical form, so the admin form's re-encoding of unchanged content
 * (key order, `0` for an empty list, null for an empty field) is no edit.
 */
export function changesContent(
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): boolean {
  if (!original) return true
  return CONTENT_FIELDS.some((field) => {
    if (!(field in data)) return false
    if (field === 'company') return idOf(data.company) !== idOf(original.company)
    if (field === 'effectiveDate')
      return dayOf(data.effectiveDate) !== dayOf(original.effectiveDate)
    return !sameContent(data[field], original[field])
  })
}

export const workflowBeforeChange =
  (options: SanitizedTrustCenterOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    const before = originalDoc?.status as string | undefined
    if (operation === 'update' && before && FROZEN.includes(before)) {
      throw workflowError(req, 403, 'frozen', {
        version: String(originalDoc.version),
        status: statusLabel(before, languageOf(req)),
      })
    }
    // Importing history as the system may create superseded versions; nobody may demote one by hand.
    if (
      data.status === 'superseded' &&
      before !== 'superseded' &&
      (operation === 'update' || req.user)
    ) {
      throw workflowError(req, 400, 'supersededByHand')
    }

    const user = req.user
    // A signed-in client cannot forge who edited or published, when, the fingerprint or the
    // review history. (The admin form sends these read-only fields back with every save; they
    // are ignored, not refused.) The stored values are put back rather than the fields dropped:
    // a field missing from a draft save is stored empty, which lost the review history.
    if (user)
      for (const field of SERVER_ONLY_FIELDS) {
        if (originalDoc && field in originalDoc) data[field] = originalDoc[field]
        else delete data[field]
      }
    const editsContent = changesContent(data, originalDoc)
    if (user && editsContent) data.lastEditedBy = user.id
    const step = context[REVIEW_CONTEXT_KEY] as ReviewStep | undefined
    if (step && user) data.reviewLog = appendReviewStep(originalDoc, step, user.id)

    const publishing = data.status === 'published' && before !== 'published'
    if (!publishing) return data
    if (user) {
      const role = roleOf(req)
      if (role !== 'legal' && role !== 'admin') throw workflowError(req, 403, 'onlyLegalPublishes')
      const lastEditor = editsContent
        ? String(user.id)
        : originalDoc?.lastEditedBy != null
          ? idOf(originalDoc.lastEditedBy)
          : null
      if (options.fourEyes && lastEditor === String(user.id))
        throw workflowError(req, 403, 'fourEyes')
      data.publishedBy = user.id
    }
    data.publishedAt = new Date().toISOString()
    data.fingerprint = fingerprint(versionContent({ ...originalDoc, ...data }))
    return data
  }

/** A version may not take effect before the version it follows (the company's published one). */
export const notBeforePredecessor =
  (options: SanitizedTrustCenterOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const status = data.status ?? originalDoc?.status
    if (status === 'superseded') return data // history is older by definition
    const company = data.company ?? originalDoc?.company
    const effective = data.effectiveDate ?? originalDoc?.effectiveDate
    if (!company || !effective) return data
    const current = await req.payload.find({
      collection: options.slugs.tomVersions,
      where: {
        and: [
          { company: { equals: idOf(company) } },
          { status: { equals: 'published' } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      limit: 1,
      pagination: false, // no count query: one is enough
      depth: 0,
      select: { version: true, effectiveDate: true }, // not the nested sections: hundreds of rows per version
      req,
    })
    const predecessor = current.docs[0] as { version: string; effectiveDate: string } | undefined
    if (predecessor && String(effective).slice(0, 10) < predecessor.effectiveDate.slice(0, 10)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'effectiveDate',
            message: workflowMessage(req, 'effectiveBeforeCurrent', {
              date: predecessor.effectiveDate.slice(0, 10),
              version: predecessor.version,
            }),
          },
        ],
        req,
      })
    }
    return data
  }

/** Publishing a version supersedes every other published version of the same company. */
export const supersedePrevious =
  (options: SanitizedTrustCenterOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (doc.status !== 'published' || previousDoc?.status === 'published') return doc
    const others = await req.payload.find({
      collection: options.slugs.tomVersions,
      where: {
        and: [
          { company: { equals: idOf(doc.company) } },
          { status: { equals: 'published' } },
          { id: { not_equals: doc.id } },
        ],
      },
      pagination: false,
      depth: 0,
      // One column: the id comes with any selection.
      select: { status: true },
      req,
    })
    // Only the status flips. A Local API update would read the whole version and rewrite its
    // hundreds of nested rows; the adapter's updateOne sets the one column (in this transaction).
    const updatedAt = new Date().toISOString()
    for (const other of others.docs) {
      await req.payload.db.updateOne({
        collection: options.slugs.tomVersions,
        id: other.id,
        data: { status: 'superseded', updatedAt },
        req,
        returning: false,
      })
    }
    return doc
  }
