import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { fingerprint, versionContent, withoutStorageNoise } from '@trust-center/core/version-content'
import { roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'

/**
 * The review workflow of TOM versions (draft → in-review → published → superseded):
 * published versions are immutable, only legal or admin publish, not the last editor of the
 * version (four-eyes), and publishing supersedes the previous version of the company.
 */

const FROZEN = ['published', 'superseded']
const CONTENT_FIELDS = ['company', 'title', 'effectiveDate', 'version', 'preamble', 'sections', 'closing'] as const
const idOf = (value: unknown) => String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)

/** Whether this save changes what the version says (as opposed to its status or summary). */
function changesContent(data: Record<string, unknown>, original: Record<string, unknown> | undefined): boolean {
  if (!original) return true
  return CONTENT_FIELDS.some((field) => {
    if (!(field in data)) return false
    const normalise = (v: unknown) => JSON.stringify(field === 'company' ? idOf(v) : withoutStorageNoise(v) ?? null)
    return normalise(data[field]) !== normalise(original[field])
  })
}

export const workflowBeforeChange =
  (options: SanitizedTrustCenterOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const before = originalDoc?.status as string | undefined
    if (operation === 'update' && before && FROZEN.includes(before)) {
      throw new APIError(`Version "${String(originalDoc.version)}" is ${before} and cannot be changed. Create a new revision instead.`, 403, null, true)
    }
    // Importing history as the system may create superseded versions; nobody may demote one by hand.
    if (data.status === 'superseded' && before !== 'superseded' && (operation === 'update' || req.user)) {
      throw new APIError('A version becomes superseded only by publishing a newer one.', 400, null, true)
    }

    const user = req.user
    const editsContent = changesContent(data, originalDoc)
    if (user && editsContent) data.lastEditedBy = user.id

    const publishing = data.status === 'published' && before !== 'published'
    if (!publishing) return data
    if (user) {
      const role = roleOf(req)
      if (role !== 'legal' && role !== 'admin') {
        throw new APIError('Only legal or admin may publish a TOM version; set it to "in-review" instead.', 403, null, true)
      }
      const lastEditor = editsContent ? String(user.id) : originalDoc?.lastEditedBy != null ? idOf(originalDoc.lastEditedBy) : null
      if (options.fourEyes && lastEditor === String(user.id)) {
        throw new APIError('Four-eyes rule: you edited this version last, so someone else with the legal or admin role must publish it.', 403, null, true)
      }
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
      where: { and: [{ company: { equals: idOf(company) } }, { status: { equals: 'published' } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
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
        errors: [{ path: 'effectiveDate', message: `Must not lie before ${predecessor.effectiveDate.slice(0, 10)}, the effective date of the current version "${predecessor.version}".` }],
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
      where: { and: [{ company: { equals: idOf(doc.company) } }, { status: { equals: 'published' } }, { id: { not_equals: doc.id } }] },
      pagination: false,
      depth: 0,
      select: { id: true },
      req,
    })
    // Only the status flips. A Local API update would read the whole version and rewrite its
    // hundreds of nested rows; the adapter's updateOne sets the one column (in this transaction).
    const updatedAt = new Date().toISOString()
    for (const other of others.docs) {
      await req.payload.db.updateOne({ collection: options.slugs.tomVersions, id: other.id, data: { status: 'superseded', updatedAt }, req, returning: false })
    }
    return doc
  }
