import path from 'node:path'
import type { Payload } from 'payload'
import { trustCenterOptions, type TrustCenterSlugs } from '@trust-center/payload-plugin/options'
import { publicDocuments, publicDocumentsById } from './payloadSource'
import { type CollectionSpec, type Doc, type Related, stampOf } from './specs'
import type { LogoFile } from './toPublished'

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
  const staticDir = payload.collections[collections.media]?.config.upload?.staticDir
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

export interface ChangedEntry {
  id: string
  stamp: string
  data: Doc
}

/**
 * The public entries of one collection, reading in full only those whose stamp `isCurrent` does
 * not recognise: `stamps` has every entry's stamp in the collection's order, `changed` the new
 * and changed entries (not yet validated).
 */
export async function readChanges(
  payload: Payload,
  spec: CollectionSpec,
  isCurrent: (id: string, stamp: string) => boolean,
): Promise<{ stamps: Map<string, string>; changed: ChangedEntry[] }> {
  const slugs = trustCenterOptions(payload).slugs
  const collection = slugs[spec.collection]
  const isCompanies = spec.collection === 'companies'
  const related: Related = {
    companies: isCompanies ? new Map() : await companySlugs(payload, slugs),
    logos: isCompanies ? await logoFiles(payload, slugs) : new Map(),
  }
  // 1. Ids and stamps only: an entry whose stamp is unchanged is not read in full.
  const stamps = new Map<string, string>()
  const stale = new Map<string, string>() // Payload id → stamp
  for await (const stub of publicDocuments(payload, collection, {
    ...spec.idFields,
    updatedAt: true,
  })) {
    const entry = spec.toEntry(stub, related)
    if (!entry) continue
    const stamp = stampOf(stub, related)
    stamps.set(entry.id, stamp)
    if (!isCurrent(entry.id, stamp)) stale.set(String(stub.id), stamp)
  }
  // 2. The new and changed documents in full.
  const changed: ChangedEntry[] = []
  for await (const doc of publicDocumentsById(payload, collection, [...stale.keys()])) {
    const entry = spec.toEntry(doc, related)
    const stamp = stale.get(String(doc.id))
    if (entry && stamp !== undefined) changed.push({ id: entry.id, stamp, data: entry.data })
  }
  return { stamps, changed }
}
