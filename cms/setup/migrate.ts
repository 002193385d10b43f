import type { Payload } from 'payload'
import { migrations } from '../migrations/index.js'
import { databaseKind, databaseUri } from '../database/paths.js'

/** Runs pending SQLite migrations (idempotent). MongoDB is schemaless and needs none. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (databaseKind(databaseUri()) !== 'sqlite') return
  await payload.db.migrate({ migrations })
}
