import { type CollectionSlug, createLocalReq, type Payload, type Where } from 'payload'

const isKnown = (payload: Payload, slug: string): slug is CollectionSlug =>
  Object.hasOwn(payload.collections, slug)

/** A collection's slug as the Local API types it, once the app is known to have it. */
function knownSlug(payload: Payload, collection: string): CollectionSlug {
  if (!isKnown(payload, collection)) throw new Error(`Unknown collection "${collection}"`)
  return collection
}

/**
 * What the public may read of a collection: its own `access.read` rule, asked for a visitor who
 * is not signed in — the same function the Local API applies with `overrideAccess: false`, so a
 * draft can never reach the site. `false` reads nothing.
 */
async function publicReadRule(payload: Payload, collection: string): Promise<Where | boolean> {
  const read = payload.collections[knownSlug(payload, collection)].config.access.read
  return await read({ req: await createLocalReq({}, payload) })
}

/**
 * Documents through the database adapter, under the collection's public read rule. Not the Local
 * API's `find`: its afterRead pass over every field of every row (a TOM version has hundreds) was a
 * fifth of loading size L (36 s), and it changes nothing here — the collections the site reads have
 * no read hooks and no field-level read rules (test/integration/loader.test.ts compares the two).
 */
async function findPublic(
  payload: Payload,
  collection: string,
  rule: Where | boolean,
  args: { where?: Where; limit: number; sort?: string; select?: Record<string, true> },
): Promise<Record<string, unknown>[]> {
  if (rule === false) return []
  const where = rule === true ? args.where : args.where ? { and: [rule, args.where] } : rule
  const result = await payload.db.find({
    collection: knownSlug(payload, collection),
    where,
    limit: args.limit,
    pagination: false,
    sort: args.sort,
    select: args.select,
  })
  // Fields marked `hidden` (the outbox mark) never leave Payload's API; the adapter returns them.
  const hidden = hiddenFields(payload, collection)
  const docs = result.docs as unknown as Record<string, unknown>[]
  if (hidden.length > 0) for (const doc of docs) for (const name of hidden) delete doc[name]
  return docs
}

function hiddenFields(payload: Payload, collection: string): string[] {
  const config = payload.collections[knownSlug(payload, collection)].config
  return config.flattenedFields
    .filter((field) => 'hidden' in field && field.hidden === true)
    .map((field) => field.name)
}

/** The public documents with these ids, in pages. */
export async function* publicDocumentsById(
  payload: Payload,
  collection: string,
  ids: Array<number | string>,
  pageSize = 100,
): AsyncGenerator<Record<string, unknown>> {
  const rule = await publicReadRule(payload, collection) // once, not per page
  for (let i = 0; i < ids.length; i += pageSize) {
    const batch = ids.slice(i, i + pageSize)
    yield* await findPublic(payload, collection, rule, {
      limit: batch.length,
      where: { id: { in: batch } },
    })
  }
}

/** Every document the public may read, page by page (no arbitrary limit). */
export async function* publicDocuments(
  payload: Payload,
  collection: string,
  select?: Record<string, true>,
  pageSize = 100,
): AsyncGenerator<Record<string, unknown>> {
  // Keyset pages ("id after the last one"), not offsets: with OFFSET each page re-reads all rows
  // before it (and their has-many tables), which made loading 21,000 subprocessors quadratic.
  const rule = await publicReadRule(payload, collection) // once, not per page
  let after: number | string | undefined
  for (;;) {
    const docs = await findPublic(payload, collection, rule, {
      limit: pageSize,
      sort: 'id',
      select,
      ...(after === undefined ? {} : { where: { id: { greater_than: after } } }),
    })
    yield* docs
    if (docs.length < pageSize) return
    after = docs[docs.length - 1]!.id as number | string
  }
}
