import { readFile, stat } from 'node:fs/promises'
import { z } from 'zod'

/**
 * The published snapshot: every public entry the site's loaders would read from Payload, with
 * the stamp that says when it changed, written by the CMS (writeSnapshot.ts) so a build can read
 * one file instead of starting Payload. Each entry's data was validated with its collection's
 * schema when it was written; the build validates again what it takes as new or changed.
 */
const entrySchema = z.object({
  id: z.string().min(1),
  stamp: z.string(),
  data: z.record(z.string(), z.unknown()),
})
export type SnapshotEntry = z.infer<typeof entrySchema>

export const snapshotSchema = z.object({
  format: z.literal(1),
  writtenAt: z.string(),
  collections: z.object({
    companies: z.array(entrySchema),
    tomVersions: z.array(entrySchema),
    subprocessors: z.array(entrySchema),
    subprocessorEvents: z.array(entrySchema),
  }),
})
export type PublishedSnapshot = z.infer<typeof snapshotSchema>

/** The snapshot in `file`; a missing, unreadable or malformed file throws, naming the file. */
export async function readSnapshot(file: string): Promise<PublishedSnapshot> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`Cannot read the published snapshot ${file}: ${(error as Error).message}`, {
      cause: error,
    })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`The published snapshot ${file} is not JSON: ${(error as Error).message}`, {
      cause: error,
    })
  }
  const parsed = snapshotSchema.safeParse(json)
  if (!parsed.success)
    throw new Error(`The published snapshot ${file} is malformed: ${parsed.error.message}`)
  return parsed.data
}

/**
 * One read per version of the file, shared by the four loaders of a build; a new snapshot (its
 * modification time and size) is read again, as in `astro dev`, which loads on every sync.
 */
const reads = new Map<string, { version: string; read: Promise<PublishedSnapshot> }>()
export async function snapshotOnce(file: string): Promise<PublishedSnapshot> {
  const stats = await stat(file).catch(() => null)
  const version = stats ? `${stats.mtimeMs}:${stats.size}` : 'missing'
  let cached = reads.get(file)
  if (cached?.version !== version) reads.set(file, (cached = { version, read: readSnapshot(file) }))
  return cached.read
}
