import { z } from 'zod'
import { isoDateSchema, sectionSchema } from './tom-schema'

/**
 * What the static site receives from the CMS: published data only, in plain shapes with no
 * Payload internals. The content loader validates every entry against these schemas.
 */

export const publishedCompanySchema = z.object({
  slug: z.string(),
  name: z.string(),
  legalName: z.string().optional(),
  address: z.string().optional(),
  website: z.string().optional(),
  description: z.string().optional(),
  locale: z.enum(['de', 'en']),
  noticePeriodDays: z.number().int(),
  privacyContact: z
    .object({ email: z.string().optional(), url: z.string().optional(), dpoName: z.string().optional(), dpoEmail: z.string().optional() })
    .optional(),
  example: z.boolean().default(false),
  certifications: z.array(z.object({ name: z.string(), issuer: z.string().optional(), scope: z.string().optional(), validUntil: isoDateSchema.optional() })),
  updatedAt: z.string(),
})

export const publishedTomVersionSchema = z.object({
  company: z.string().describe('company slug'),
  version: z.string(),
  title: z.string(),
  status: z.enum(['published', 'superseded']),
  effectiveDate: isoDateSchema,
  publishedAt: z.string().optional(),
  changeSummary: z.string().optional(),
  changeKind: z.enum(['material', 'editorial']).optional(),
  preamble: z.string().optional(),
  sections: z.array(sectionSchema),
  closing: z.string().optional(),
  sourceFilename: z.string().optional(),
  /** sha256 of the canonical content, set by the CMS when it published the version. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  updatedAt: z.string(),
})

export const publishedSubprocessorSchema = z.object({
  company: z.string().describe('company slug'),
  name: z.string(),
  legalEntity: z.string().optional(),
  address: z.string().optional(),
  website: z.string().optional(),
  purpose: z.string(),
  dataCategories: z.array(z.string()),
  locations: z.array(z.string()),
  transferSafeguard: z.string(),
  status: z.enum(['announced', 'active', 'ended']),
  announcedAt: isoDateSchema.optional(),
  effectiveFrom: isoDateSchema.optional(),
  endedAt: isoDateSchema.optional(),
  updatedAt: z.string(),
})

export type PublishedCompany = z.infer<typeof publishedCompanySchema>
export type PublishedTomVersion = z.infer<typeof publishedTomVersionSchema>
export type PublishedSubprocessor = z.infer<typeof publishedSubprocessorSchema>
