import { existsSync, openSync, readSync, closeSync } from 'node:fs'
import type { Payload } from 'payload'
import { migrations } from '../migrations/index'
import { databaseKind, sqliteFile } from './paths'

/** The database cannot serve a build; the message says what to run. */
export class DatabaseNotReadyError extends Error {
  constructor(message: string) {
    super(`${message}\nRun \`npm run setup\` to prepare the database (migrations, seed from content/), then try again.`)
    this.name = 'DatabaseNotReadyError'
  }
}

/** Checks done before Payload opens the file: it must exist and be an SQLite database. */
export function assertSqliteFileUsable(uri: string): void {
  if (databaseKind(uri) !== 'sqlite') return
  const file = sqliteFile(uri)
  if (!existsSync(file)) throw new DatabaseNotReadyError(`No database at ${file}.`)
  const header = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  const read = readSync(fd, header, 0, 16, 0)
  closeSync(fd)
  if (read < 16 || header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new DatabaseNotReadyError(`${file} is not an SQLite database (corrupt or a different file).`)
  }
}

/** Names of the schema migrations this code needs; MongoDB needs none. */
export function requiredMigrations(uri: string): string[] {
  return databaseKind(uri) === 'sqlite' ? migrations.map((m) => m.name) : []
}

/** Every migration must have run, and no schema may have been pushed by a dev server. */
export async function assertMigrated(payload: Payload, uri: string): Promise<void> {
  const required = requiredMigrations(uri)
  if (required.length === 0) return
  let ran: string[]
  try {
    const result = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })
    ran = result.docs.map((d) => String((d as { name?: unknown }).name))
  } catch (error) {
    const text = causeChain(error)
    if (/no such table/i.test(text)) throw new DatabaseNotReadyError('The database has no schema yet (unmigrated).')
    if (/not a database|malformed|SQLITE_CORRUPT|SQLITE_NOTADB/i.test(text)) throw new DatabaseNotReadyError(`The database is corrupt: ${text}`)
    throw error
  }
  if (ran.includes('dev')) {
    throw new DatabaseNotReadyError('The database schema was pushed by a development server instead of migrations; it cannot be trusted for a build.')
  }
  const missing = required.filter((name) => !ran.includes(name))
  if (missing.length > 0) throw new DatabaseNotReadyError(`The database is not up to date: ${missing.length} migration(s) pending (${missing.join(', ')}).`)
}

/** Drizzle wraps driver errors ("Failed query: …"); the reason is further down the cause chain. */
function causeChain(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error; e && parts.length < 5; e = (e as { cause?: unknown }).cause) parts.push(String((e as Error).message ?? e))
  return parts.join(' ← ')
}
