import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import { parseTom } from '@trust-center/core/parser'
import type { ParseResult, TomDocument } from '@trust-center/core/tom-schema'
import { defaultSlugs } from '../defaults'
import type { TrustCenterSlugs } from '../types'
import { typedId } from './doc'

interface ImportTomVersionArgs {
  payload: Payload
  companyId: number | string
  /** The original document text (or a .docx's converted text); kept with the version for provenance. */
  text: string
  /** The parse of `text` when the caller has it already (the importer remaps its line numbers). */
  parsed?: ParseResult
  filename: string
  status: 'draft' | 'published'
  /** Used when the document states no effective date. */
  fallbackEffectiveDate?: string
  /** Takes precedence over the date the document states (an editor's correction). */
  effectiveDate?: string
  changeSummary?: string
  changeKind?: 'material' | 'editorial'
  req?: Partial<PayloadRequest>
  context?: Record<string, unknown>
  collection?: TrustCenterSlugs['tomVersions']
  /** Create as this user, with their access rights (the admin import); omitted for seeding. */
  user?: PayloadRequest['user']
  /**
   * The company's versions by source sha256, when the caller has listed them already (seeding
   * lists a company's once, not once per document). Without it, this looks the document up.
   */
  existingBySha256?: ReadonlyMap<string, { id: number | string; version: string }>
}

interface ImportTomVersionResult {
  id: number | string
  created: boolean
  /** Of the document text: what makes importing it again find this version. */
  sha256: string
  version: string
  warnings: number
}

type TomVersionData = RequiredDataFromCollectionSlug<'tom-versions'>

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The parsed structure as Payload field data (the shapes are the same by design). */
function tomDocumentToData(doc: TomDocument) {
  return { preamble: doc.preamble, sections: doc.sections, closing: doc.closing }
}

async function findBySha256(
  args: ImportTomVersionArgs,
  collection: 'tom-versions',
  digest: string,
) {
  const existing = await args.payload.find({
    collection,
    where: {
      and: [{ company: { equals: args.companyId } }, { 'source.sha256': { equals: digest } }],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { version: true },
    req: args.req,
  })
  return existing.docs[0] as { id: number | string; version: string } | undefined
}

/**
 * Parses a TOM document and stores it as a version of a company. Importing the same document
 * (same sha256) for the same company again finds the existing version instead of adding one.
 */
export async function importTomVersion(
  args: ImportTomVersionArgs,
): Promise<ImportTomVersionResult> {
  const collection = args.collection ?? defaultSlugs.tomVersions
  const digest = sha256(args.text)
  const found = args.existingBySha256
    ? args.existingBySha256.get(digest)
    : await findBySha256(args, collection, digest)
  if (found)
    return { id: found.id, created: false, sha256: digest, version: found.version, warnings: 0 }

  const parsed = args.parsed ?? parseTom(args.text)
  const effectiveDate =
    args.effectiveDate ?? parsed.document.effectiveDate ?? args.fallbackEffectiveDate
  if (!effectiveDate)
    throw new Error(`${args.filename}: the document states no effective date; give one`)
  const data: Omit<TomVersionData, 'version'> = {
    company: typedId(args.companyId),
    title: parsed.document.title,
    effectiveDate,
    status: args.status,
    ...(args.status === 'published' ? { publishedAt: new Date().toISOString() } : {}),
    changeSummary: args.changeSummary,
    changeKind: args.changeKind,
    ...tomDocumentToData(parsed.document),
    source: { filename: args.filename, sha256: digest, text: args.text },
    parseWarnings: [
      ...parsed.warnings,
      ...parsed.unparsed.map((u) => ({
        line: u.line,
        message: `not imported: "${u.text}" (${u.message})`,
      })),
    ],
  }
  const doc = await args.payload.create({
    collection,
    // Without `version`: the collection's hook derives it from the effective date.
    data: data as TomVersionData,
    context: args.context,
    req: args.req,
    depth: 0, // not \`select\`: it would also narrow the document the afterChange hooks see
    ...(args.user ? { user: args.user, overrideAccess: false } : {}),
  })
  return {
    id: doc.id,
    created: true,
    sha256: digest,
    version: doc.version,
    warnings: parsed.warnings.length,
  }
}
