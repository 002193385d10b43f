import type { Payload, PayloadRequest } from 'payload'
import type { SubprocessorDraft } from '@trust-center/core/import/subprocessors/schema'
import { defaultSlugs } from '../defaults'
import type { TrustCenterSlugs } from '../types'
import { typedId } from './doc'

interface ImportSubprocessorsResult {
  created: { id: number | string; name: string }[]
  /** Entries left out, with the reason (already listed, no location). */
  skipped: { name: string; line: number; reason: string }[]
}

/**
 * Creates the entries of an imported subprocessor list as drafts of a company. Drafts are not
 * public and notify nobody; publishing each one (status "announced" or "active") records the
 * change event as usual. Names the company lists already are skipped, not duplicated.
 */
export async function importSubprocessors(args: {
  payload: Payload
  companyId: number | string
  entries: SubprocessorDraft[]
  source: string
  collection?: TrustCenterSlugs['subprocessors']
  req?: Partial<PayloadRequest>
  user?: PayloadRequest['user']
}): Promise<ImportSubprocessorsResult> {
  const collection = args.collection ?? defaultSlugs.subprocessors
  const existing = await args.payload.find({
    collection,
    where: { company: { equals: args.companyId } },
    pagination: false,
    depth: 0,
    req: args.req,
  })
  const taken = new Set(existing.docs.map((d) => String(d.name).toLowerCase()))
  const result: ImportSubprocessorsResult = { created: [], skipped: [] }
  for (const entry of args.entries) {
    if (taken.has(entry.name.toLowerCase())) {
      result.skipped.push({
        name: entry.name,
        line: entry.line,
        reason: 'already listed for this company',
      })
      continue
    }
    if (entry.locations.length === 0) {
      result.skipped.push({
        name: entry.name,
        line: entry.line,
        reason: 'no processing location; add it to the list and import again',
      })
      continue
    }
    const doc = await args.payload.create({
      collection,
      data: {
        company: typedId(args.companyId),
        name: entry.name,
        legalEntity: entry.legalEntity,
        address: entry.address,
        website: entry.url,
        purpose: entry.purpose || '—',
        locations: entry.locations,
        transferSafeguard: entry.transferSafeguard,
        status: 'draft',
        changeNote: `Imported from ${args.source}, line ${entry.line}.`,
      },
      req: args.req,
      ...(args.user ? { user: args.user, overrideAccess: false } : {}),
    })
    taken.add(entry.name.toLowerCase())
    result.created.push({ id: doc.id, name: entry.name })
  }
  return result
}
