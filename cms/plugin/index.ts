import type { CollectionConfig, Config, Field, Plugin } from 'payload'
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
import { subscriptionEndpoints } from './notifications/endpoints'
import { trustCenterEmailAdapter } from './notifications/emailAdapter'
import { sanitizeOptions } from './defaults'
import { rebuildAfterChange, rebuildAfterDelete } from './hooks/triggerRebuild'
import { LOCK_SECONDS, releaseLockOnSave } from './hooks/releaseLock'
import { localiseCollection, localiseGlobal } from './translations/localiseConfig'
import { COLLECTION_LABELS } from './translations/adminLabels'
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

const JSON_FIELD = '/plugin/components/JsonTextField#JsonTextField'
/** JSON fields edited as plain text: Payload's code editor loads from a CDN and fails offline. */
function withOfflineJsonFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'json' && !field.admin?.components?.Field) return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: JSON_FIELD } } }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withOfflineJsonFields(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withOfflineJsonFields(tab.fields) })) }
    return field
  })
}

/** Short document locks that end on save, so nobody is blocked by a tab that was closed. */
function withShortLocks(collection: CollectionConfig): CollectionConfig {
  if (collection.lockDocuments === false || collection.upload) return collection
  return {
    ...collection,
    lockDocuments: collection.lockDocuments ?? { duration: LOCK_SECONDS },
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), releaseLockOnSave] },
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
    const fallbackLabels: Record<string, CollectionConfig['labels']> = { [options.slugs.media]: COLLECTION_LABELS.media, [options.slugs.subscribers]: COLLECTION_LABELS.subscribers, [options.slugs.users]: COLLECTION_LABELS.users }
    const hasUsers = existing.some((c) => c.slug === options.slugs.users)
    if (!hasUsers) ours.push(usersCollection(options))
    return {
      ...incomingConfig,
      collections: [...existing, ...ours.map((c) => withShortLocks(localiseCollection({ ...c, fields: withOfflineJsonFields(c.fields) }, fallbackLabels[c.slug])))],
      // One mail path: the app's own adapter if it has one, else SMTP_URL or the .eml outbox.
      email: incomingConfig.email ?? trustCenterEmailAdapter(options.notifications),
      admin: {
        ...incomingConfig.admin,
        user: incomingConfig.admin?.user ?? options.slugs.users,
        components: {
          ...incomingConfig.admin?.components,
          beforeDashboard: [...(incomingConfig.admin?.components?.beforeDashboard ?? []), { path: '/plugin/components/ReviewDashboard#ReviewDashboard', serverProps: { slugs: options.slugs } }],
        },
      },
      globals: [...(incomingConfig.globals ?? []), localiseGlobal(buildStatusGlobal(options))],
      endpoints: [...(incomingConfig.endpoints ?? []), ...subscriptionEndpoints(options)],
      jobs: { ...incomingConfig.jobs, enableConcurrencyControl: true, tasks: [...(incomingConfig.jobs?.tasks ?? []), deliverTask(options), maintenanceTask(options)] },
    }
  }
