import type { Loader, LoaderContext } from 'astro/loaders'
import type { Payload } from 'payload'
import type { z } from 'zod'
import { snapshotOnce } from './snapshotFile'
import { type CollectionKey, type CollectionSpec, collectionSpecs } from './specs'

/** A loader whose schema is known (tests validate with it). */
export type TrustCenterLoader = Loader & { schema: z.ZodType }

export interface LoaderOptions {
  /**
   * The Payload instance to read from (Local API), opened on first use and shared by the
   * loaders of one build, e.g. `() => getPayload({ config })`. Closing it after the build is the
   * app's job: an open MongoDB connection keeps Node alive.
   */
  payload: () => Promise<Payload>
  /**
   * A published snapshot written by the CMS (`writePublishedSnapshot` from
   * `@trust-center/astro-loader/snapshot`): read instead of Payload, which is then never opened.
   */
  snapshotFile?: string
  /**
   * Load nothing: for a type check (`astro check` syncs content to generate types, which come
   * from the schemas, not the data), so it needs no database.
   */
  typesOnly?: boolean
}

interface Source {
  /** Every public entry's stamp, in order, and the entries `isCurrent` does not recognise, in full. */
  read(
    spec: CollectionSpec,
    isCurrent: (id: string, stamp: string) => boolean,
  ): Promise<{ stamps: Map<string, string>; changed: Array<{ id: string; data: unknown }> }>
  label: string
}

const payloadSource = (options: LoaderOptions): Source => ({
  label: 'Payload',
  async read(spec, isCurrent) {
    // Imported here, not above: a build from a snapshot never loads Payload's modules.
    const { readChanges } = await import('./payloadSync')
    return readChanges(await options.payload(), spec, isCurrent)
  },
})

const snapshotSource = (file: string): Source => ({
  label: 'the published snapshot',
  async read(spec, isCurrent) {
    const entries = (await snapshotOnce(file)).collections[spec.collection]
    return {
      stamps: new Map(entries.map((e) => [e.id, e.stamp])),
      changed: entries.filter((e) => !isCurrent(e.id, e.stamp)),
    }
  },
})

/**
 * One Payload collection as an Astro content collection (published data only). The store
 * survives between builds: an entry whose stamp is unchanged is neither read in full, nor
 * validated, nor re-rendered (its cache key stays). Both sources give the same stamps, so a build
 * from the snapshot after one from the database (or the other way) reads nothing anew.
 */
function collectionLoader(key: CollectionKey, options: LoaderOptions): TrustCenterLoader {
  const spec = collectionSpecs[key]
  return {
    name: spec.name,
    schema: spec.schema,
    async load(context: LoaderContext) {
      if (options.typesOnly) return
      const source = options.snapshotFile
        ? snapshotSource(options.snapshotFile)
        : payloadSource(options)
      const { store, parseData, generateDigest, logger } = context
      const { stamps, changed } = await source.read(
        spec,
        (id, stamp) => store.get(id)?.digest === generateDigest(stamp),
      )
      for (const entry of changed) {
        store.set({
          id: entry.id,
          data: await parseData({ id: entry.id, data: entry.data as Record<string, unknown> }),
          digest: generateDigest(stamps.get(entry.id)!),
        })
      }
      for (const id of store.keys()) if (!stamps.has(id)) store.delete(id)
      logger.info(
        `${stamps.size} ${context.collection} loaded from ${source.label} (${stamps.size - changed.length} unchanged)`,
      )
    },
  }
}

export const companiesLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader('companies', options)
export const tomVersionsLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader('tomVersions', options)
export const subprocessorsLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader('subprocessors', options)
export const subprocessorEventsLoader = (options: LoaderOptions): TrustCenterLoader =>
  collectionLoader('subprocessorEvents', options)
