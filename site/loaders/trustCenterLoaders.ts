import type { Loader, LoaderContext } from 'astro/loaders'
import type { Payload } from 'payload'
import { publishedCompanySchema, publishedSubprocessorSchema, publishedTomVersionSchema } from '../../cms/domain/published-schema'
import { payloadForBuild, publicDocuments } from './payloadSource'
import { toPublishedCompany, toPublishedSubprocessor, toPublishedTomVersion } from './toPublished'

type Doc = Record<string, unknown>

export interface LoaderOptions {
  /** Where the data comes from; defaults to the build's Payload (Local API). Tests pass their own. */
  payload?: () => Promise<Payload>
}

/** Company id → slug, for entries that reference their company. Companies are public. */
async function companySlugs(payload: Payload): Promise<Map<string, string>> {
  const slugs = new Map<string, string>()
  for await (const c of publicDocuments(payload, 'companies')) slugs.set(String(c.id), String(c.slug))
  return slugs
}

/**
 * Stores `entries` in the collection: validated with parseData, digested so unchanged entries are
 * not re-rendered, and entries that disappeared from the CMS removed from the store.
 */
async function sync(context: LoaderContext, entries: Array<{ id: string; data: Doc }>): Promise<void> {
  const { store, parseData, generateDigest, logger } = context
  const keep = new Set<string>()
  for (const entry of entries) {
    const data = await parseData({ id: entry.id, data: entry.data })
    store.set({ id: entry.id, data, digest: generateDigest(entry.data) })
    keep.add(entry.id)
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
  logger.info(`${entries.length} ${context.collection} loaded from Payload`)
}

/**
 * `npm run typecheck` runs `astro check`, which syncs content to generate types. Types come from
 * the schemas, not the data, so the check sets this flag and needs no database. A build unsets it.
 */
const typesOnly = () => process.env.TRUSTCENTER_TYPES_ONLY === '1'

const relationId = (value: unknown) => String(typeof value === 'object' && value ? (value as Doc).id : value)

export function companiesLoader(options: LoaderOptions = {}): Loader {
  return {
    name: 'trust-center-companies',
    schema: publishedCompanySchema,
    async load(context) {
      if (typesOnly()) return
      const payload = await (options.payload ?? payloadForBuild)()
      const entries: Array<{ id: string; data: Doc }> = []
      for await (const doc of publicDocuments(payload, 'companies')) entries.push({ id: String(doc.slug), data: toPublishedCompany(doc) as unknown as Doc })
      await sync(context, entries)
    },
  }
}

export function tomVersionsLoader(options: LoaderOptions = {}): Loader {
  return {
    name: 'trust-center-tom-versions',
    schema: publishedTomVersionSchema,
    async load(context) {
      if (typesOnly()) return
      const payload = await (options.payload ?? payloadForBuild)()
      const slugs = await companySlugs(payload)
      const entries: Array<{ id: string; data: Doc }> = []
      for await (const doc of publicDocuments(payload, 'tom-versions')) {
        const company = slugs.get(relationId(doc.company))
        if (!company) continue
        entries.push({ id: `${company}/${String(doc.version)}`, data: toPublishedTomVersion(doc, company) as unknown as Doc })
      }
      await sync(context, entries)
    },
  }
}

export function subprocessorsLoader(options: LoaderOptions = {}): Loader {
  return {
    name: 'trust-center-subprocessors',
    schema: publishedSubprocessorSchema,
    async load(context) {
      if (typesOnly()) return
      const payload = await (options.payload ?? payloadForBuild)()
      const slugs = await companySlugs(payload)
      const entries: Array<{ id: string; data: Doc }> = []
      for await (const doc of publicDocuments(payload, 'subprocessors')) {
        const company = slugs.get(relationId(doc.company))
        if (!company) continue
        entries.push({ id: `${company}/${String(doc.id)}`, data: toPublishedSubprocessor(doc, company) as unknown as Doc })
      }
      await sync(context, entries)
    },
  }
}
