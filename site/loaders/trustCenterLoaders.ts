import path from 'node:path'
import type { Loader } from 'astro/loaders'
import type { Payload } from 'payload'
import type { z } from 'zod'
import {
  publishedCompanySchema,
  publishedSubprocessorEventSchema,
  publishedSubprocessorSchema,
  publishedTomVersionSchema,
} from '@trust-center/core/published-schema'
import { trustCenterOptions, type TrustCenterSlugs } from '@trust-center/payload-plugin/options'
import { publicDocuments, publicDocumentsById } from './payloadSource'
import {
  type LogoFile,
  toPublishedCompany,
  toPublishedSubprocessor,
  toPublishedSubprocessorEvent,
  toPublishedTomVersion,
  type Doc,
} from './toPublished'

/** A loader whose schema is known (tests validate with it). */
export type TrustCenterLoader = Loader & { schema: z.ZodType }

export interface LoaderOptions {
  /**
   * The Payload instance to read from (Local API), opened on first use and shared by the
   * loaders of one build, e.g. `() => getPayload({ config })`. Closing it after the build is the
   * app's job: an open MongoDB connection keeps Node alive.
   */
  payload: () => Promise<Payload>
}

/** Company id → slug, for entries that reference their company. Companies are public. */
async function companySlugs(
  payload: Payload,
  collections: TrustCenterSlugs,
): Promise<Map<string, string>> {
  const slugs = new Map<string, string>()
  for await (const c of publicDocuments(payload, collections.companies, { slug: true }))
    slugs.set(String(c.id), String(c.slug))
  return slugs
}

/** Media id → the uploaded original on disk (logos are few; one pass instead of a query per company). */
async function logoFiles(
  payload: Payload,
  collections: TrustCenterSlugs,
): Promise<Map<string, LogoFile>> {
  const logos = new Map<string, LogoFile>()
  const staticDir = payload.collections[collections.media as 'media']?.config.upload?.staticDir
  if (!staticDir) return logos
  for await (const m of publicDocuments(payload, collections.media)) {
    if (typeof m.filename === 'string')
      logos.set(String(m.id), {
        src: path.resolve(staticDir, m.filename),
        alt: String(m.alt ?? ''),
      })
  }
  return logos
}

/** What entries reference: company ids → slugs for a company's documents, media ids → logo files for companies. */
interface Related {
  companies: Map<string, string>
  logos: Map<string, LogoFile>
}

/**
 * `npm run typecheck` runs `astro check`, which syncs content to generate types. Types come from
 * the schemas, not the data, so the check sets this flag and needs no database. A build unsets it.
 */
const typesOnly = () => process.env.TRUSTCENTER_TYPES_ONLY === '1'

const relationId = (value: unknown) =>
  String(typeof value === 'object' && value ? (value as Doc).id : value)

interface CollectionLoaderSpec {
  name: string
  /** Which of the plugin's collections (its slug comes from the plugin's options). */
  collection: 'companies' | 'tomVersions' | 'subprocessors' | 'subprocessorEvents'
  schema: z.ZodType
  /** The entry for a document, or null to leave it out. */
  toEntry(doc: Doc, related: Related): { id: string; data: Doc } | null
  /** The fields toEntry needs for the entry's id, besides `updatedAt`. */
  idFields: Record<string, true>
}

/**
 * What an entry's content depends on, known without reading the whole document: when the document
 * was last saved (Payload sets updatedAt on every write, superseding included) and what the entry
 * takes from related documents (the company's slug, the logo's file and text).
 */
function stampOf(doc: Doc, related: Related): string {
  return JSON.stringify([
    doc.updatedAt,
    doc.company == null ? null : related.companies.get(relationId(doc.company)),
    doc.logo == null ? null : related.logos.get(relationId(doc.logo)),
  ])
}

/** One Payload collection as an Astro content collection (published data only). */
function collectionLoader(spec: CollectionLoaderSpec, options: LoaderOptions): TrustCenterLoader {
  return {
    name: spec.name,
    schema: spec.schema,
    async load(context) {
      if (typesOnly()) return
      const payload = await options.payload()
      const slugs = trustCenterOptions(payload).slugs
      const collection = slugs[spec.collection]
      const isCompanies = spec.collection === 'companies'
      const related: Related = {
        companies: isCompanies ? new Map() : await companySlugs(payload, slugs),
        logos: isCompanies ? await logoFiles(payload, slugs) : new Map(),
      }
      const { store, parseData, generateDigest, logger } = context
      // 1. Ids and stamps only. The store survives between builds: an entry whose stamp is
      //    unchanged is neither read in full, nor validated, nor re-rendered (its cache key stays).
      const keep = new Set<string>()
      const stale = new Map<string, string>() // Payload id → digest of the stamp
      for await (const stub of publicDocuments(payload, collection, {
        ...spec.idFields,
        updatedAt: true,
      })) {
        const entry = spec.toEntry(stub, related)
        if (!entry) continue
        keep.add(entry.id)
        const digest = generateDigest(stampOf(stub, related))
        if (store.get(entry.id)?.digest !== digest) stale.set(String(stub.id), digest)
      }
      // 2. The new and changed documents in full.
      for await (const doc of publicDocumentsById(payload, collection, [...stale.keys()])) {
        const entry = spec.toEntry(doc, related)
        const digest = stale.get(String(doc.id))
        if (!entry || !digest) continue
        store.set({
          id: entry.id,
          data: await parseData({ id: entry.id, data: entry.data }),
          digest,
        })
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
      logger.info(
        `${keep.size} ${context.collection} loaded from Payload (${keep.size - stale.size} unchanged)`,
      )
    },
  }
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

export const companiesLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader(
    {
      name: 'trust-center-companies',
      collection: 'companies',
      schema: publishedCompanySchema,
      idFields: { slug: true, logo: true },
      toEntry: (doc, related) => ({
        id: String(doc.slug),
        data: toPublishedCompany(
          doc,
          doc.logo == null ? undefined : related.logos.get(relationId(doc.logo)),
        ) as unknown as Doc,
      }),
    },
    options,
  )

export const tomVersionsLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader(
    {
      name: 'trust-center-tom-versions',
      collection: 'tomVersions',
      schema: publishedTomVersionSchema,
      idFields: { company: true, version: true },
      toEntry: (doc, related) =>
        ofCompany(doc, related, (company) => ({
          id: `${company}/${String(doc.version)}`,
          data: toPublishedTomVersion(doc, company) as unknown as Doc,
        })),
    },
    options,
  )

export const subprocessorsLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader(
    {
      name: 'trust-center-subprocessors',
      collection: 'subprocessors',
      schema: publishedSubprocessorSchema,
      idFields: { company: true },
      toEntry: (doc, related) =>
        ofCompany(doc, related, (company) => ({
          id: `${company}/${String(doc.id)}`,
          data: toPublishedSubprocessor(doc, company) as unknown as Doc,
        })),
    },
    options,
  )

export const subprocessorEventsLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader(
    {
      name: 'trust-center-subprocessor-events',
      collection: 'subprocessorEvents',
      schema: publishedSubprocessorEventSchema,
      idFields: { company: true },
      toEntry: (doc, related) =>
        ofCompany(doc, related, (company) => ({
          id: `${company}/${String(doc.id)}`,
          data: toPublishedSubprocessorEvent(doc, company) as unknown as Doc,
        })),
    },
    options,
  )
