import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * A real Payload on a fresh temporary database, migrated like production. SQLite by default;
 * set TEST_DATABASE_URI=mongodb://host/name to run the same suite against MongoDB (each test
 * file then uses its own database, dropped afterwards).
 */
export interface TestPayload {
  payload: Payload
  dataDir: string
  close(): Promise<void>
}

export async function startTestPayload(env: Record<string, string> = {}): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'trust-center-test-'))
  const mongo = process.env.TEST_DATABASE_URI
  const uri = mongo
    ? mongo.replace(
        /\/([^/?]*)(\?|$)/,
        (_, name: string, q: string) =>
          `/${name || 'trust-center'}-${randomUUID().slice(0, 8)}${q}`,
      )
    : `file:${path.join(dataDir, 'test.db')}`
  Object.assign(process.env, {
    DATABASE_URI: uri,
    PAYLOAD_SECRET: 'test-secret',
    TRUSTCENTER_DATA_DIR: dataDir,
    TRUSTCENTER_REBUILD: 'off',
    PAYLOAD_LOG_LEVEL: 'fatal',
    TRUSTCENTER_BATCH_WINDOW_MS: '0',
    ...env,
  })
  const { getPayload } = await import('payload')
  const config = (await import('../../cms/payload.config')).default
  const payload = await getPayload({ config, key: randomUUID() })
  const { migrateDatabase } = await import('../../cms/setup/migrate')
  await migrateDatabase(payload)
  const handle: TestPayload = {
    payload,
    dataDir,
    // The current instance: a test may replace `payload` by a restarted one on the same database.
    async close() {
      const current = handle.payload
      // Through the driver, not Mongoose: after a test blocked the event loop (spawnSync of a CLI
      // for half a minute) Mongoose may still count the connection as lost and give up after its
      // 10 s buffer, while the driver reconnects when it selects a server.
      if (mongo) {
        const { connection } = current.db as unknown as {
          connection: {
            name: string
            getClient(): { db(name: string): { dropDatabase(): Promise<unknown> } }
          }
        }
        await connection.getClient().db(connection.name).dropDatabase()
      }
      await current.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return handle
}

/**
 * The CongoDB emulator CI uses for MongoDB (.ci/mongo/) enforces neither unique indexes nor
 * transactions; .ci/run sets TEST_DATABASE_EMULATOR=congodb so the few checks of exactly those
 * database guarantees are skipped there (they run on SQLite and on a real MongoDB).
 */
export const databaseEnforcesUniqueIndexes = process.env.TEST_DATABASE_EMULATOR !== 'congodb'

/** SQLite stores `null` for a field never set, MongoDB leaves it out: read both as `null`. */
export function missingAsNull<T extends Record<string, unknown>>(doc: T, fields: string[]): T {
  return { ...doc, ...Object.fromEntries(fields.map((field) => [field, doc[field] ?? null])) }
}

let counter = 0
/** Creates a user with a role and returns it with `collection` set, as req.user expects. */
export async function createUser(payload: Payload, role: 'admin' | 'editor' | 'legal') {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${role}-${++counter}@example.test`,
      password: 'correct horse battery',
      role,
    },
  })
  return { ...user, collection: 'users' as const }
}
export type TestUser = Awaited<ReturnType<typeof createUser>>
