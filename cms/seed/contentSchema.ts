import { z } from 'zod'
import { isoDateSchema } from '@trust-center/core/tom-schema'

/**
 * One file per company in content/companies/*.yaml: the company, the TOM documents to import as
 * published versions, and its subprocessors. Validated before anything is written.
 */
const subprocessorEntrySchema = z.object({
  name: z.string().min(1),
  legalEntity: z.string().optional(),
  address: z.string().optional(),
  website: z.url().optional(),
  purpose: z.string().min(1),
  dataCategories: z.array(z.string()).optional(),
  locations: z.array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. DE')).min(1),
  transferSafeguard: z.enum(['eu-eea', 'adequacy', 'dpf', 'scc', 'bcr', 'other']),
  status: z.enum(['announced', 'active', 'ended']).default('active'),
  announcedAt: isoDateSchema.optional(),
  effectiveFrom: isoDateSchema.optional(),
  endedAt: isoDateSchema.optional(),
  /** Where the documents name this subprocessor (provenance). */
  source: z.string().optional(),
  /** DORA register-of-information data (the CMS validates the LEI's check digits). */
  dora: z
    .object({
      lei: z.string().optional(),
      headquartersCountry: z.string().optional(),
      storageLocations: z.array(z.string()).optional(),
      functionSupported: z.string().optional(),
      chainRank: z.number().int().min(1).optional(),
    })
    .optional(),
})

export const companyContentSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens'),
  name: z.string().min(1),
  legalName: z.string().optional(),
  address: z.string().optional(),
  website: z.url().optional(),
  description: z.string().optional(),
  locale: z.enum(['de', 'en']).default('de'),
  /** A fictional demonstration company, marked as such on its pages. */
  example: z.boolean().default(false),
  noticePeriodDays: z.number().int().min(0).max(365).default(30),
  /** A PNG, JPEG or WebP file relative to content/, uploaded to the media collection. */
  logo: z
    .object({
      file: z.string().regex(/\.(png|jpe?g|webp)$/i, 'a .png, .jpg or .webp file'),
      alt: z.string().min(1),
    })
    .optional(),
  /** Accent colours (#rrggbb); the CMS refuses colours below WCAG AA. */
  brand: z.object({ accent: z.string().optional(), accentDark: z.string().optional() }).optional(),
  certifications: z
    .array(
      z.object({
        name: z.string().min(1),
        issuer: z.string().optional(),
        scope: z.string().optional(),
        validUntil: isoDateSchema.optional(),
      }),
    )
    .default([]),
  privacyContact: z
    .object({
      email: z.email().optional(),
      url: z.url().optional(),
      dpoName: z.string().optional(),
      dpoEmail: z.email().optional(),
    })
    .optional(),
  toms: z
    .array(
      z.object({
        /** Path relative to content/. */
        file: z.string().min(1),
        /** Only for documents that state no date of their own. */
        effectiveDate: isoDateSchema.optional(),
        changeSummary: z.string().optional(),
        changeKind: z.enum(['material', 'editorial']).optional(),
      }),
    )
    .min(1),
  subprocessors: z.array(subprocessorEntrySchema).default([]),
  /** EU Data Act Art. 28 disclosure. */
  dataAct: z
    .object({
      infrastructureCountries: z.array(z.string()).optional(),
      jurisdictionNote: z.string().optional(),
      accessSafeguards: z.string().optional(),
    })
    .optional(),
})

export type CompanyContent = z.infer<typeof companyContentSchema>
