import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'

/**
 * A company's version slugs are unique (they are permanent URLs). The database index enforces
 * it too; this hook turns a clash into a field-level message instead of a constraint error.
 */
export const uniqueVersionPerCompany =
  (options: SanitizedTrustCenterOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const company =
      typeof data.company === 'object' && data.company ? data.company.id : data.company
    if (!company || !data.version) return data
    const clash = await req.payload.find({
      collection: options.slugs.tomVersions,
      where: {
        and: [
          { company: { equals: company } },
          { version: { equals: data.version } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      limit: 1,
      depth: 0,
      pagination: false,
      select: { version: true },
      req,
    })
    if (clash.docs.length > 0) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'version',
            message: `This company already has a version "${String(data.version)}"; choose another version slug.`,
          },
        ],
        req,
      })
    }
    return data
  }
