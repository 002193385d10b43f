import type { Payload } from 'payload'
import { openPayload } from '../../cms/database/open'

/**
 * The one Payload instance of a build. Opening it checks the database first: a missing,
 * corrupt or unmigrated database fails the build with a message saying what to run.
 */
let instance: Promise<Payload> | undefined
export function payloadForBuild(): Promise<Payload> {
  instance ??= openPayload({ requireReady: true })
  return instance
}

/** The public documents with these ids (`overrideAccess: false`, as in publicDocuments below), in pages. */
export async function* publicDocumentsById(payload: Payload, collection: string, ids: Array<number | string>, pageSize = 100): AsyncGenerator<Record<string, unknown>> {
  for (let i = 0; i < ids.length; i += pageSize) {
    const batch = ids.slice(i, i + pageSize)
    const result = await payload.find({ collection: collection as 'companies', overrideAccess: false, depth: 0, limit: batch.length, pagination: false, where: { id: { in: batch } } })
    for (const doc of result.docs) yield doc as unknown as Record<string, unknown>
  }
}

/**
 * Every document the public may read, page by page (no arbitrary limit). `overrideAccess:
 * false` applies the public read rules, so a draft can never reach the site.
 */
export async function* publicDocuments(payload: Payload, collection: string, select?: Record<string, true>, pageSize = 100): AsyncGenerator<Record<string, unknown>> {
  // Keyset pages ("id after the last one"), not offsets: with OFFSET each page re-reads all rows
  // before it (and their has-many tables), which made loading 21,000 subprocessors quadratic.
  let after: number | string | undefined
  for (;;) {
    const result = await payload.find({
      collection: collection as 'companies',
      overrideAccess: false,
      depth: 0,
      limit: pageSize,
      pagination: false,
      sort: 'id',
      ...(select ? { select } : {}),
      ...(after === undefined ? {} : { where: { id: { greater_than: after } } }),
    })
    for (const doc of result.docs) yield doc as unknown as Record<string, unknown>
    if (result.docs.length < pageSize) return
    after = result.docs[result.docs.length - 1]!.id
  }
}
