import type { CollectionConfig, Config, Plugin } from 'payload'
import { adminOnlyJobs } from './access/jobs'
import { buildStatusGlobal } from './globals/buildStatus'
import { companiesCollection } from './collections/companies'
import { mediaCollection } from './collections/media'
import { PUBLIC_SUBPROCESSOR_STATUSES, subprocessorsCollection } from './collections/subprocessors'
import { PUBLIC_TOM_STATUSES, tomVersionsCollection } from './collections/tomVersions'
import { usersCollection } from './collections/users'
import { notificationDeliveriesCollection } from './collections/notificationDeliveries'
import { subscribersCollection } from './collections/subscribers'
import { subprocessorEventsCollection } from './collections/subprocessorEvents'
import { notifyTomChange } from './hooks/notifyTomChange'
import { deliverTask } from './notifications/deliverTask'
import { maintenanceTask } from './notifications/maintenanceTask'
import { lazyTransport, subscriptionEndpoints } from './notifications/endpoints'
import { sanitizeOptions } from './defaults'
import { rebuildAfterChange, rebuildAfterDelete } from './hooks/triggerRebuild'
import type { SanitizedTrustCenterOptions, TrustCenterPluginOptions } from './types'

export type { TrustCenterPluginOptions, RebuildOptions } from './types'
export { rebuildIdle } from './rebuild/rebuildSite'
export { sanitizeOptions } from './defaults'

const statusIn = (statuses: readonly string[]) => (doc: Record<string, unknown> | undefined) => typeof doc?.status === 'string' && statuses.includes(doc.status)

/** Appends the rebuild hooks to a collection's own hooks, never replacing them. */
function withRebuildHooks(collection: CollectionConfig, options: SanitizedTrustCenterOptions, isPublic: (doc: Record<string, unknown> | undefined) => boolean): CollectionConfig {
  if (!options.rebuild) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange(options, isPublic)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete(options, isPublic)],
    },
  }
}

/**
 * The trust center as a Payload plugin: companies, versioned TOMs, subprocessors, users with
 * roles, logos, subscriptions with e-mail notifications (Payload's jobs queue), and the rebuild of
 * the static site after publishing.
 */
export const trustCenterPlugin =
  (pluginOptions: TrustCenterPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    if (!options.enabled) return incomingConfig
    const always = () => true
    const existing = incomingConfig.collections ?? []
    const transport = lazyTransport(options)
    const tomVersions = tomVersionsCollection(options)
    tomVersions.hooks = { ...tomVersions.hooks, afterChange: [...(tomVersions.hooks?.afterChange ?? []), notifyTomChange(options)] }
    const ours: CollectionConfig[] = [
      withRebuildHooks(companiesCollection(options), options, always),
      withRebuildHooks(tomVersions, options, statusIn(PUBLIC_TOM_STATUSES)),
      withRebuildHooks(subprocessorsCollection(options), options, statusIn(PUBLIC_SUBPROCESSOR_STATUSES)),
      subprocessorEventsCollection(options),
      withRebuildHooks(mediaCollection(options, options.mediaDir), options, always),
      subscribersCollection(options),
      notificationDeliveriesCollection(options),
    ]
    // An app with its own users collection keeps it; it must then give users a `role` field
    // with the values admin, editor and legal (see access/roles.ts).
    const hasUsers = existing.some((c) => c.slug === options.slugs.users)
    if (!hasUsers) ours.push(usersCollection(options))
    return {
      ...incomingConfig,
      admin: { ...incomingConfig.admin, user: incomingConfig.admin?.user ?? options.slugs.users },
      collections: [...existing, ...ours],
      globals: [...(incomingConfig.globals ?? []), buildStatusGlobal(options)],
      endpoints: [...(incomingConfig.endpoints ?? []), ...subscriptionEndpoints(options, transport)],
      jobs: {
        ...incomingConfig.jobs,
        // Running, queueing or cancelling jobs by hand (/api/payload-jobs/run) is for admins only;
        // the CMS's own hooks and autorun use the Local API, which these rules do not restrict.
        access: { run: adminOnlyJobs, queue: adminOnlyJobs, cancel: adminOnlyJobs, ...incomingConfig.jobs?.access },
        enableConcurrencyControl: true,
        tasks: [...(incomingConfig.jobs?.tasks ?? []), deliverTask(options, transport), maintenanceTask(options)],
      },
    }
  }
