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
    .object({
      email: z.string().optional(),
      url: z.string().optional(),
      dpoName: z.string().optional(),
      dpoEmail: z.string().optional(),
    })
    .optional(),
  example: z.boolean().default(false),
  /** `src` is the uploaded original's absolute path; the site optimises it through astro:assets. */
  logo: z.object({ src: z.string(), alt: z.string() }).optional(),
  /** Brand colours (#rrggbb, WCAG AA checked by the CMS); the dark one may be derived by the site. */
  brand: z
    .object({
      accent: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .optional(),
      accentDark: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .optional(),
    })
    .optional(),
  certifications: z.array(
    z.object({
      name: z.string(),
      issuer: z.string().optional(),
      scope: z.string().optional(),
      validUntil: isoDateSchema.optional(),
    }),
  ),
  /** EU Data Act Art. 28 disclosure, when the company published one. */
  dataAct: z
    .object({
      infrastructureCountries: z.array(z.string()).optional(),
      jurisdictionNote: z.string().optional(),
      accessSafeguards: z.string().optional(),
    })
    .optional(),
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
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
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
  /** DORA register-of-information data, where the company gave it. */
  dora: z
    .object({
      lei: z.string().optional(),
      headquartersCountry: z.string().optional(),
      storageLocations: z.array(z.string()).optional(),
      functionSupported: z.string().optional(),
      chainRank: z.number().int().optional(),
    })
    .optional(),
  status: z.enum(['announced', 'active', 'ended']),
  announcedAt: isoDateSchema.optional(),
  effectiveFrom: isoDateSchema.optional(),
  endedAt: isoDateSchema.optional(),
  updatedAt: z.string(),
})

export const subprocessorSnapshotSchema = z.object({
  name: z.string(),
  legalEntity: z.string().optional(),
  address: z.string().optional(),
  website: z.string().optional(),
  purpose: z.string().optional(),
  dataCategories: z.array(z.string()).optional(),
  locations: z.array(z.string()).optional(),
  transferSafeguard: z.string().optional(),
})

/** A published subprocessor change (append-only), with the dates customers rely on. */
export const publishedSubprocessorEventSchema = z.object({
  id: z.string(),
  company: z.string().describe('company slug'),
  kind: z.enum(['added', 'changed', 'removed']),
  material: z.boolean(),
  imported: z.boolean(),
  title: z.string(),
  note: z.string().optional(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  snapshot: subprocessorSnapshotSchema,
  announcedAt: isoDateSchema,
  objectionDeadline: isoDateSchema.optional(),
  effectiveAt: isoDateSchema,
})

/**
 * `/{company}/subprocessors.json`: the list as data. Its JSON Schema is published at
 * `/schemas/subprocessors.json`, generated from this zod schema.
 */
export const subprocessorListSchema = z
  .object({
    $schema: z.string().describe('URL of this JSON Schema'),
    company: z.object({
      slug: z.string(),
      name: z.string(),
      noticePeriodDays: z
        .number()
        .int()
        .describe('days between announcement and objection deadline'),
      objectionContact: z.string().optional(),
    }),
    generatedAt: isoDateSchema.describe('day the list was published; "upcoming" is relative to it'),
    subprocessors: z
      .array(publishedSubprocessorSchema.omit({ updatedAt: true }))
      .describe('in use on generatedAt'),
    upcoming: z
      .array(publishedSubprocessorEventSchema)
      .describe('announced material changes that take effect after generatedAt'),
    history: z
      .array(publishedSubprocessorEventSchema)
      .describe('every published change, newest first'),
  })
  .describe('Subprocessors of a company (Art. 28 GDPR) with their announced changes')

export type SubprocessorList = z.infer<typeof subprocessorListSchema>
export type PublishedSubprocessorEvent = z.infer<typeof publishedSubprocessorEventSchema>
export type PublishedCompany = z.infer<typeof publishedCompanySchema>
export type PublishedTomVersion = z.infer<typeof publishedTomVersionSchema>
export type PublishedSubprocessor = z.infer<typeof publishedSubprocessorSchema>
