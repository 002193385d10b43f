import type { z } from 'zod'
import {
  publishedCompanySchema,
  publishedSubprocessorEventSchema,
  publishedSubprocessorSchema,
  publishedTomVersionSchema,
} from '@trust-center/core/published-schema'
import {
  type Doc,
  type LogoFile,
  toPublishedCompany,
  toPublishedSubprocessor,
  toPublishedSubprocessorEvent,
  toPublishedTomVersion,
} from './toPublished'

/** What one Payload collection becomes in the site's store; shared by the loaders and the snapshot. */

export type { Doc }

/** What entries reference: company ids → slugs for a company's documents, media ids → logo files for companies. */
export interface Related {
  companies: Map<string, string>
  logos: Map<string, LogoFile>
}

export type CollectionKey = 'companies' | 'tomVersions' | 'subprocessors' | 'subprocessorEvents'
export const COLLECTION_KEYS: readonly CollectionKey[] = [
  'companies',
  'tomVersions',
  'subprocessors',
  'subprocessorEvents',
]

export interface CollectionSpec {
  name: string
  /** Which of the plugin's collections (its slug comes from the plugin's options). */
  collection: CollectionKey
  schema: z.ZodType
  /** The entry for a document, or null to leave it out. */
  toEntry(doc: Doc, related: Related): { id: string; data: Doc } | null
  /** The fields toEntry needs for the entry's id, besides `updatedAt`. */
  idFields: Record<string, true>
}

export const relationId = (value: unknown) =>
  String(typeof value === 'object' && value ? (value as Doc).id : value)

/**
 * What an entry's content depends on, known without reading the whole document: when the document
 * was last saved (Payload sets updatedAt on every write, superseding included) and what the entry
 * takes from related documents (the company's slug, the logo's file and text).
 */
export function stampOf(doc: Doc, related: Related): string {
  return JSON.stringify([
    doc.updatedAt,
    doc.company == null ? null : related.companies.get(relationId(doc.company)),
    doc.logo == null ? null : related.logos.get(relationId(doc.logo)),
  ])
}

/** An entry of a company's own collection; documents of an unpublished company are left out. */
const ofCompany = (
  doc: Doc,
  related: Related,
  entry: (company: string) => { id: string; data: Doc },
) => {
  const company = related.companies.get(relationId(doc.company))
  return company ? entry(company) : null
}

export const collectionSpecs: Record<CollectionKey, CollectionSpec> = {
  companies: {
    name: 'trust-center-companies',
    collection: 'companies',
    schema: publishedCompanySchema,
    idFields: { slug: true, logo: true },
    toEntry: (doc, related) => ({
      id: String(doc.slug),
      data: toPublishedCompany(
        doc,
        doc.logo == null ? undefined : related.logos.get(relationId(doc.logo)),
      ),
    }),
  },
  tomVersions: {
    name: 'trust-center-tom-versions',
    collection: 'tomVersions',
    schema: publishedTomVersionSchema,
    idFields: { company: true, version: true },
    toEntry: (doc, related) =>
      ofCompany(doc, related, (company) => ({
        id: `${company}/${String(doc.version)}`,
        data: toPublishedTomVersion(doc, company),
      })),
  },
  subprocessors: {
    name: 'trust-center-subprocessors',
    collection: 'subprocessors',
    schema: publishedSubprocessorSchema,
    idFields: { company: true },
    toEntry: (doc, related) =>
      ofCompany(doc, related, (company) => ({
        id: `${company}/${String(doc.id)}`,
        data: toPublishedSubprocessor(doc, company),
      })),
  },
  subprocessorEvents: {
    name: 'trust-center-subprocessor-events',
    collection: 'subprocessorEvents',
    schema: publishedSubprocessorEventSchema,
    idFields: { company: true },
    toEntry: (doc, related) =>
      ofCompany(doc, related, (company) => ({
        id: `${company}/${String(doc.id)}`,
        data: toPublishedSubprocessorEvent(doc, company),
      })),
  },
}
