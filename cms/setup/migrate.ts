import type { Migration, Payload } from 'payload'
import { migrations } from '../migrations/index'
import { databaseKind, databaseUri } from '../database/paths'

/** Runs pending SQLite migrations (idempotent). MongoDB is schemaless and needs none. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (databaseKind(databaseUri()) !== 'sqlite') return
  // The generated migration list is typed more narrowly than the adapter's Migration.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
