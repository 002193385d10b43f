import { createHmac } from 'node:crypto'
import type { DatabaseAdapter, Payload } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'

interface LibsqlClient {
  execute(q: { sql: string; args: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>
}

// The plugin runs on either adapter and depends on neither package, so their internals (the
// SQL client, the Mongoose models) are typed here by what this file uses, and checked at run time.
type SqliteInternals = { client: LibsqlClient; tableNameMap: Map<string, string> }
type MongoInternals = { collections: Record<string, MongoModel> }

function isSqlite(db: DatabaseAdapter): db is DatabaseAdapter & SqliteInternals {
  if (!('client' in db && 'tableNameMap' in db)) return false
  const { client, tableNameMap } = db
  return (
    typeof client === 'object' &&
    client !== null &&
    'execute' in client &&
    typeof client.execute === 'function' &&
    tableNameMap instanceof Map
  )
}

function isMongo(db: DatabaseAdapter): db is DatabaseAdapter & MongoInternals {
  return db.name === 'mongoose' && 'collections' in db && typeof db.collections === 'object'
}

/** SQLite: one statement counts the hit or starts a new window, so concurrent hits never race. */
const sqliteCount = async (
  { client, tableNameMap }: SqliteInternals,
  slug: string,
  key: string,
  now: Date,
  windowMs: number,
) => {
  const at = now.toISOString()
  const reset = new Date(now.getTime() + windowMs).toISOString()
  const table = tableNameMap.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
  const { rows } = await client.execute({
    sql: `INSERT INTO "${table}" (key, count, reset_at, updated_at, created_at) VALUES (?, 1, ?, ?, ?)
          ON CONFLICT(key) DO UPDATE SET
            count = CASE WHEN reset_at <= ? THEN 1 ELSE count + 1 END,
            reset_at = CASE WHEN reset_at <= ? THEN ? ELSE reset_at END,
            updated_at = ?
          RETURNING count`,
    args: [key, reset, at, at, at, at, reset, at],
  })
  return Number(rows[0]?.count ?? 1)
}

interface MongoModel {
  updateOne(filter: object, update: object, options: object): Promise<unknown>
  findOneAndUpdate(
    filter: object,
    update: object,
    options: object,
  ): Promise<{ count: number } | null>
}

/** MongoDB: `$inc` within the window, else restart an ended window or create the row, and count again. */
const mongoCount = async (
  { collections }: MongoInternals,
  slug: string,
  key: string,
  now: Date,
  windowMs: number,
) => {
  const model = collections[slug]!
  const resetAt = new Date(now.getTime() + windowMs)
  for (let attempt = 0; attempt < 3; attempt++) {
    // Each step changes one document atomically; concurrent hits each land in one of them.
    const within = await model.findOneAndUpdate(
      { key, resetAt: { $gt: now } },
      { $inc: { count: 1 }, $set: { updatedAt: now } },
      { new: true },
    )
    if (within) return within.count
    const restarted = await model.findOneAndUpdate(
      { key, resetAt: { $lte: now } },
      { $set: { count: 1, resetAt, updatedAt: now } },
      { new: true },
    )
    if (restarted) return 1
    // No row yet: create an empty window (a concurrent creator's insert fails on the unique
    // index, or matches the same filter), then count in it.
    await model
      .updateOne(
        { key },
        { $setOnInsert: { count: 0, resetAt, createdAt: now, updatedAt: now } },
        { upsert: true },
      )
      .catch(() => undefined)
  }
  return Number.MAX_SAFE_INTEGER // contended beyond reason: refuse
}

const hashKey = (payload: Payload, name: string, key: string) =>
  createHmac('sha256', payload.secret).update(`${name}|${key}`).digest('base64url')

/** Counts a hit of `key` in its window, on whichever database the CMS runs. */
function countHit(payload: Payload, slug: string, key: string, now: Date, windowMs: number) {
  const { db } = payload
  if (isMongo(db)) return mongoCount(db, slug, key, now, windowMs)
  if (isSqlite(db)) return sqliteCount(db, slug, key, now, windowMs)
  throw new Error(`rate limits: database adapter "${db.name}" is not supported`)
}

/**
 * Fixed-window counters in the database, shared by every CMS instance on it. The client key is
 * an HMAC with the CMS secret, so no IP address is stored.
 */
export function createRateLimiter(name: string, limit: number, windowMs: number) {
  return {
    /** True when `key` may act now; counts the attempt. */
    async allow(
      payload: Payload,
      options: SanitizedTrustCenterOptions,
      key: string,
      now = new Date(),
    ) {
      const hashed = hashKey(payload, name, key)
      const count = await countHit(payload, options.slugs.rateLimits, hashed, now, windowMs)
      return count <= limit
    },
  }
}

/**
 * Failed attempts under a key with an exponential backoff: after `limit` attempts in `windowMs`
 * the key is refused, and each further attempt doubles the wait (up to `maxWaitMs`).
 */
export function createBackoffCounter(
  name: string,
  limit: number,
  windowMs: number,
  maxWaitMs: number,
) {
  return {
    /** Counts an attempt; returns how many there were in the window, this one included. */
    async hit(
      payload: Payload,
      options: SanitizedTrustCenterOptions,
      key: string,
      now = new Date(),
    ) {
      const hashed = hashKey(payload, name, key)
      const slug = options.slugs.rateLimits
      const count = await countHit(payload, slug, hashed, now, windowMs)
      if (count > limit) {
        const wait = Math.min(windowMs * 2 ** Math.min(count - limit, 20), maxWaitMs)
        await payload.db.updateMany({
          collection: slug,
          where: { key: { equals: hashed } },
          data: { resetAt: new Date(now.getTime() + wait).toISOString() },
          req: {},
        })
      }
      return count
    },
    /** Forgets the key's attempts (after a success). */
    async reset(payload: Payload, options: SanitizedTrustCenterOptions, key: string) {
      await payload.db.deleteMany({
        collection: options.slugs.rateLimits,
        where: { key: { equals: hashKey(payload, name, key) } },
        req: {},
      })
    },
  }
}

/** Windows that have ended are only clutter: the maintenance task deletes them. */
export async function purgeRateLimits(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<void> {
  await payload.db.deleteMany({
    collection: options.slugs.rateLimits,
    where: { resetAt: { less_than: now.toISOString() } },
    req: {},
  })
}
