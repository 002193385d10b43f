import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { indexHasManyParents } from './hasManyIndexes'
import { restrictDatabaseFile } from './permissions'
import { databaseKind, projectRoot, sqliteFile } from './paths'

/**
 * DATABASE_URI picks the adapter (docs/architecture.md, "Databases"): `file:` → embedded SQLite (default),
 * `mongodb://` / `mongodb+srv://` → MongoDB. SQLite schema changes go through committed
 * migrations only: `push` stays off in every mode, so dev and production never mix.
 */
export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') return mongooseAdapter({ url: uri })
  const file = sqliteFile(uri)
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 }) // libsql cannot create the folder
  restrictDatabaseFile(file)
  return sqliteAdapter({
    client: { url: `file:${file}` },
    push: false,
    // WAL: the site build and the admin read while the CMS writes; NORMAL syncs at checkpoints,
    // not on every commit (a power cut may lose the last commits, never consistency).
    wal: { synchronous: 'NORMAL' },
    // Several processes may write at once (the CMS, a CLI import or seed): wait for the lock, don't fail.
    busyTimeout: 10_000,
    migrationDir: path.resolve(projectRoot, 'cms/migrations'),
    afterSchemaInit: [indexHasManyParents],
  })
}
