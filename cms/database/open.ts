import type { Payload } from 'payload'
import { getPayload } from 'payload'
import { databaseUri } from './paths'
import { assertMigrated } from './readiness'
import { assertSqliteFileUsable } from './sqliteFileCheck'

/**
 * Payload for build time and scripts. With `requireReady`, a missing, corrupt or unmigrated
 * database fails loudly before any page is written (docs/architecture.md, "Databases").
 */
export async function openPayload({ requireReady }: { requireReady: boolean }): Promise<Payload> {
  const uri = databaseUri()
  if (requireReady) assertSqliteFileUsable(uri)
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  if (requireReady) await assertMigrated(payload, uri)
  return payload
}
