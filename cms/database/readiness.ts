import type { Payload } from 'payload'
import { migrations } from '../migrations/index'
import { DatabaseNotReadyError } from './sqliteFileCheck'
import { databaseKind } from './paths'

/** Names of the schema migrations this code needs; MongoDB needs none. */
function requiredMigrations(uri: string): string[] {
  return databaseKind(uri) === 'sqlite' ? migrations.map((m) => m.name) : []
}

/** Every migration must have run, and no schema may have been pushed by a dev server. */
export async function assertMigrated(payload: Payload, uri: string): Promise<void> {
  const required = requiredMigrations(uri)
  if (required.length === 0) return
  let ran: string[]
  try {
    const result = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
      depth: 0,
    })
    ran = result.docs.map((d) => String((d as { name?: unknown }).name))
  } catch (error) {
    const text = causeChain(error)
    if (/no such table/i.test(text))
      throw new DatabaseNotReadyError('The database has no schema yet (unmigrated).')
    if (/not a database|malformed|SQLITE_CORRUPT|SQLITE_NOTADB/i.test(text))
      throw new DatabaseNotReadyError(`The database is corrupt: ${text}`)
    throw error
  }
  if (ran.includes('dev')) {
    throw new DatabaseNotReadyError(
      'The database schema was pushed by a development server instead of migrations; it cannot be trusted for a build.',
    )
  }
  const missing = required.filter((name) => !ran.includes(name))
  if (missing.length > 0)
    throw new DatabaseNotReadyError(
      `The database is not up to date: ${missing.length} migration(s) pending (${missing.join(', ')}).`,
    )
}

/** Drizzle wraps driver errors ("Failed query: …"); the reason is further down the cause chain. */
function causeChain(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error; e && parts.length < 5; e = (e as { cause?: unknown }).cause)
    parts.push(String((e as Error).message ?? e))
  return parts.join(' ← ')
}
