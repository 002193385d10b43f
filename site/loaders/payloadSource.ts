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

/**
 * Every document the public may read, page by page (no arbitrary limit). `overrideAccess:
 * false` applies the public read rules, so a draft can never reach the site.
 */
export async function* publicDocuments(payload: Payload, collection: string, pageSize = 100): AsyncGenerator<Record<string, unknown>> {
  for (let page = 1; ; page++) {
    const result = await payload.find({ collection: collection as 'companies', overrideAccess: false, depth: 0, limit: pageSize, page, sort: 'id' })
    for (const doc of result.docs) yield doc as unknown as Record<string, unknown>
    if (!result.hasNextPage) return
  }
}
