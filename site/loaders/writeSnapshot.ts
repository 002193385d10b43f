import { randomUUID } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import { readChanges } from './payloadSync'
import { type PublishedSnapshot, readSnapshot, type SnapshotEntry } from './snapshotFile'
import { COLLECTION_KEYS, collectionSpecs } from './specs'

export interface SnapshotWritten {
  entries: number
  /** Entries read in full and validated (new or changed since the previous snapshot). */
  changed: number
}

/** The previous snapshot, or none when there is none or it cannot be used (then all is read). */
async function previousSnapshot(file: string): Promise<PublishedSnapshot | null> {
  return readSnapshot(file).catch(() => null)
}

/**
 * Writes the published data to `file` for a build that does not start Payload (snapshotFile.ts).
 * Only documents saved since the previous snapshot are read in full; each is validated with its
 * collection's schema, so bad data fails here, with the previous site online. Written aside and
 * renamed into place: a build never reads half a file.
 */
export async function writePublishedSnapshot(
  payload: Payload,
  file: string,
): Promise<SnapshotWritten> {
  const previous = await previousSnapshot(file)
  const collections = {} as PublishedSnapshot['collections']
  let entries = 0
  let changed = 0
  for (const key of COLLECTION_KEYS) {
    const spec = collectionSpecs[key]
    const before = new Map((previous?.collections[key] ?? []).map((e) => [e.id, e]))
    const read = await readChanges(payload, spec, (id, stamp) => before.get(id)?.stamp === stamp)
    const fresh = new Map<string, SnapshotEntry>()
    for (const entry of read.changed) {
      const result = spec.schema.safeParse(entry.data)
      if (!result.success)
        throw new Error(`${key} ${entry.id} does not match the published schema: ${result.error}`)
      fresh.set(entry.id, entry)
    }
    // In the collection's order; an entry gone between the two reads is left out.
    collections[key] = [...read.stamps].flatMap(([id, stamp]) => {
      const entry = fresh.get(id) ?? before.get(id)
      return entry?.stamp === stamp ? [entry] : []
    })
    entries += collections[key].length
    changed += fresh.size
  }
  const snapshot: PublishedSnapshot = {
    format: 1,
    writtenAt: new Date().toISOString(),
    collections,
  }
  const aside = `${file}.${randomUUID()}.tmp`
  try {
    await writeFile(aside, JSON.stringify(snapshot), { mode: 0o600 }) // like the data folder's files
    await rename(aside, file)
  } finally {
    await rm(aside, { force: true })
  }
  return { entries, changed }
}
