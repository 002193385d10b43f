import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { parseTom } from '../../domain/parser/index'
import type { ParseResult, TomDocument } from '../../domain/tom-schema'
import { defaultSlugs } from '../defaults'

export interface ImportTomVersionArgs {
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
  collection?: string
  /** Create as this user, with their access rights (the admin import); omitted for seeding. */
  user?: PayloadRequest['user']
}

export interface ImportTomVersionResult {
  id: number | string
  created: boolean
  version: string
  warnings: number
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The parsed structure as Payload field data (the shapes are the same by design). */
export function tomDocumentToData(doc: TomDocument) {
  return { preamble: doc.preamble, sections: doc.sections, closing: doc.closing }
}

/**
 * Parses a TOM document and stores it as a version of a company. Importing the same document
 * (same sha256) for the same company again finds the existing version instead of adding one.
 */
export async function importTomVersion(args: ImportTomVersionArgs): Promise<ImportTomVersionResult> {
  const collection = (args.collection ?? defaultSlugs.tomVersions) as 'tom-versions'
  const digest = sha256(args.text)
  const existing = await args.payload.find({
    collection,
    where: { and: [{ company: { equals: args.companyId } }, { 'source.sha256': { equals: digest } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { version: true },
    req: args.req,
  })
  const found = existing.docs[0] as { id: number | string; version: string } | undefined
  if (found) return { id: found.id, created: false, version: found.version, warnings: 0 }

  const parsed = args.parsed ?? parseTom(args.text)
  const effectiveDate = args.effectiveDate ?? parsed.document.effectiveDate ?? args.fallbackEffectiveDate
  if (!effectiveDate) throw new Error(`${args.filename}: the document states no effective date; give one`)
  const doc = await args.payload.create({
    collection,
    data: {
      company: args.companyId,
      title: parsed.document.title,
      effectiveDate,
      status: args.status,
      ...(args.status === 'published' ? { publishedAt: new Date().toISOString() } : {}),
      changeSummary: args.changeSummary,
      changeKind: args.changeKind,
      ...tomDocumentToData(parsed.document),
      source: { filename: args.filename, sha256: digest, text: args.text },
      parseWarnings: [...parsed.warnings, ...parsed.unparsed.map((u) => ({ line: u.line, message: `not imported: "${u.text}" (${u.message})` }))],
    } as never,
    context: args.context,
    req: args.req,
    depth: 0, // not \`select\`: it would also narrow the document the afterChange hooks see
    ...(args.user ? { user: args.user, overrideAccess: false } : {}),
  })
  return { id: doc.id, created: true, version: (doc as unknown as { version: string }).version, warnings: parsed.warnings.length }
}
