import type { CollectionConfig, Config, Field, Plugin } from 'payload'
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
import { webhookDeliveriesCollection } from './collections/webhookDeliveries'
import { webhookEndpointsCollection } from './collections/webhookEndpoints'
import { webhookEndpoints } from './webhooks/endpoints'
import { ownerOptInEndpoints } from './webhooks/ownerOptIn'
import { objectionsCollection } from './collections/objections'
import { objectionEndpoints } from './objections/endpoints'
import { objectionMaintenanceTask } from './objections/maintenance'
import { noticeEndpoints } from './objections/notices'
import { webhookDeliverTask, webhookMaintenanceTask, webhookVerifyTask } from './webhooks/tasks'
import { notifyTomChange } from './hooks/notifyTomChange'
import { deliverTask } from './notifications/deliverTask'
import { maintenanceTask } from './notifications/maintenanceTask'
import { fanOutTask } from './notifications/fanOut'
import { subscribeTask } from './notifications/subscribeTask'
import { rateLimitsCollection } from './collections/rateLimits'
import { recoverAfterCrash } from './notifications/recoverAfterCrash'
import { subscriptionEndpoints } from './notifications/endpoints'
import { outboxEmailAdapter } from './notifications/emailAdapter'
import { sanitizeOptions } from './defaults'
import { rebuildAfterChange, rebuildAfterDelete } from './hooks/triggerRebuild'
import { LOCK_SECONDS, releaseLockOnSave } from './hooks/releaseLock'
import { refuseLockedSave } from './hooks/refuseLockedSave'
import { attachLockHolderName } from './hooks/lockHolderName'
import { documentLockEndpoint } from './locks/lockEndpoint'
import { localDatesGlobal, withLocalDates } from './fields/localDates'
import { localiseCollection, localiseGlobal } from './translations/localiseConfig'
import { COLLECTION_LABELS } from './translations/adminLabels'
import { withFormalGerman } from './translations/payloadGermanFormal'
import { rebuildTask } from './rebuild/rebuildTask'
import { startStandby } from './rebuild/standby'
import type { SanitizedTrustCenterOptions, TrustCenterPluginOptions } from './types'
import { withoutBehaviour } from './utilities/withoutBehaviour'
import { refusalLogging } from './http/rejectionLog'

export type {
  TrustCenterPluginOptions,
  RebuildOptions,
  NotificationOptions,
  ImportLimits,
  TrustCenterSlugs,
  TrustCenterSlugOptions,
  SanitizedTrustCenterOptions,
} from './types'
export { rebuildIdle } from './rebuild/rebuildSite'
export { REBUILD_QUEUE } from './rebuild/names'
export { defaultSlugs, sanitizeOptions } from './defaults'
export { importTomVersion } from './utilities/importTomVersion'
export { importSubprocessors } from './utilities/importSubprocessors'
export { trustCenterOptions } from './utilities/trustCenterOptions'

const statusIn = (statuses: readonly string[]) => (doc: Record<string, unknown> | undefined) =>
  typeof doc?.status === 'string' && statuses.includes(doc.status)

/** Appends the rebuild hooks to a collection's own hooks, never replacing them. */
function withRebuildHooks(
  collection: CollectionConfig,
  options: SanitizedTrustCenterOptions,
  isPublic: (doc: Record<string, unknown> | undefined) => boolean,
): CollectionConfig {
  if (!options.rebuild) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        rebuildAfterChange(options, isPublic),
      ],
      afterDelete: [
        ...(collection.hooks?.afterDelete ?? []),
        rebuildAfterDelete(options, isPublic),
      ],
    },
  }
}

const JSON_FIELD = '@trust-center/payload-plugin/client#JsonTextField'
/** JSON fields edited as plain text: Payload's code editor loads from a CDN and fails offline. */
function withOfflineJsonFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'json' && !field.admin?.components?.Field)
      return {
        ...field,
        admin: { ...field.admin, components: { ...field.admin?.components, Field: JSON_FIELD } },
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withOfflineJsonFields(field.fields) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withOfflineJsonFields(tab.fields) })),
      }
    return field
  })
}

/**
 * Short document locks that end on save, so nobody is blocked by a tab that was closed; an editor
 * whose lock a colleague takes over is told so, by name, and her save is refused in her language.
 */
function withShortLocks(collection: CollectionConfig): CollectionConfig {
  if (collection.lockDocuments === false || collection.upload) return collection
  return {
    ...collection,
    lockDocuments: collection.lockDocuments ?? { duration: LOCK_SECONDS },
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseLockedSave],
      afterChange: [...(collection.hooks?.afterChange ?? []), releaseLockOnSave],
    },
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          // tells the editor whose lock was taken over, and keeps her unsaved changes in reach
          beforeDocumentControls: [
            ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
            '@trust-center/payload-plugin/client#LockTakenOver',
            // the "Document locked" modal's date in the user's language
            '@trust-center/payload-plugin/client#LocalLockDate',
          ],
        },
      },
    },
  }
}

/**
 * The trust center as a Payload plugin: companies, versioned TOMs, subprocessors, users with
 * roles, logos, subscriptions with e-mail notifications (Payload's jobs queue), and the rebuild of
 * the static site after publishing.
 */
// Long: the plugin's one entry, adding each collection, endpoint, task and hook to the config
// in the order Payload needs them; each piece is built in its own module.
export const trustCenterPlugin =
  (pluginOptions: TrustCenterPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    // The sanitized options travel with the config, so the site's loader and the seed read the
    // same slugs (trustCenterOptions()).
    const custom = { ...incomingConfig.custom, trustCenter: options }
    const existing = incomingConfig.collections ?? []
    const fallbackLabels: Record<string, CollectionConfig['labels']> = {
      [options.slugs.media]: COLLECTION_LABELS.media,
      [options.slugs.subscribers]: COLLECTION_LABELS.subscribers,
      [options.slugs.users]: COLLECTION_LABELS.users,
    }
    const localised = (c: CollectionConfig) => localiseCollection(c, fallbackLabels[c.slug])
    if (!options.enabled) {
      // Off: the same collections and global (no table disappears, no migration needed), but no
      // hooks, endpoints, jobs or admin components.
      const collections = [...ourCollections(options), ...usersUnlessPresent(existing, options)]
        .map(withoutBehaviour)
        .map(localised)
      return {
        ...incomingConfig,
        custom,
        i18n: withFormalGerman(incomingConfig.i18n),
        admin: { ...incomingConfig.admin, user: incomingConfig.admin?.user ?? options.slugs.users },
        collections: [...existing, ...collections],
        globals: [
          ...(incomingConfig.globals ?? []),
          withoutBehaviour(localiseGlobal(buildStatusGlobal(options))),
        ],
      }
    }
    const always = () => true
    const tomVersions = tomVersionsCollection(options)
    tomVersions.hooks = {
      ...tomVersions.hooks,
      afterChange: [...(tomVersions.hooks?.afterChange ?? []), notifyTomChange],
    }
    const ours: CollectionConfig[] = [
      withRebuildHooks(companiesCollection(options), options, always),
      withRebuildHooks(tomVersions, options, statusIn(PUBLIC_TOM_STATUSES)),
      withRebuildHooks(
        subprocessorsCollection(options),
        options,
        statusIn(PUBLIC_SUBPROCESSOR_STATUSES),
      ),
      subprocessorEventsCollection(options),
      withRebuildHooks(mediaCollection(options, options.mediaDir), options, always),
      subscribersCollection(options),
      notificationDeliveriesCollection(options),
      webhookEndpointsCollection(options),
      webhookDeliveriesCollection(options),
      objectionsCollection(options),
      rateLimitsCollection(options),
      ...usersUnlessPresent(existing, options),
    ]
    return {
      ...incomingConfig,
      // Refused requests: one line per client and reason a minute, no stack traces.
      ...refusalLogging(incomingConfig, options.trustedProxies),
      custom,
      // One form of address in the German admin: Payload's own texts say "Sie" too.
      i18n: withFormalGerman(incomingConfig.i18n),
      collections: [
        ...existing,
        ...ours.map((c) =>
          withShortLocks(
            localised({ ...c, fields: withLocalDates(withOfflineJsonFields(c.fields)) }),
          ),
        ),
      ],
      // One mail path: the app's adapter (e.g. Payload's nodemailer adapter for SMTP) if it has
      // one, else the .eml outbox.
      email: incomingConfig.email ?? outboxEmailAdapter(options.notifications),
      admin: {
        ...incomingConfig.admin,
        user: incomingConfig.admin?.user ?? options.slugs.users,
        components: {
          ...incomingConfig.admin?.components,
          // a lock lasts while its holder has the document open, and ends when they leave or close it
          providers: [
            ...(incomingConfig.admin?.components?.providers ?? []),
            '@trust-center/payload-plugin/client#DocumentLockKeeper',
          ],
          beforeDashboard: [
            ...(incomingConfig.admin?.components?.beforeDashboard ?? []),
            {
              path: '@trust-center/payload-plugin/rsc#ReviewDashboard',
              serverProps: { slugs: options.slugs },
            },
          ],
        },
      },
      globals: [
        ...(incomingConfig.globals ?? []),
        localDatesGlobal(localiseGlobal(buildStatusGlobal(options))),
      ],
      onInit: async (payload) => {
        attachLockHolderName(payload)
        if (options.rebuild) startStandby(options.rebuild) // when `standby` is set
        await incomingConfig.onInit?.(payload)
      },
      endpoints: [
        ...(incomingConfig.endpoints ?? []),
        ...subscriptionEndpoints(options),
        ...webhookEndpoints(options),
        ...ownerOptInEndpoints(options),
        ...objectionEndpoints(options),
        ...noticeEndpoints(options),
        documentLockEndpoint,
      ],
      jobs: {
        ...incomingConfig.jobs,
        // Running, queueing or cancelling jobs by hand (/api/payload-jobs/run) is for admins only;
        // the CMS's own hooks and autorun use the Local API, which these rules do not restrict.
        access: {
          run: adminOnlyJobs,
          queue: adminOnlyJobs,
          cancel: adminOnlyJobs,
          ...incomingConfig.jobs?.access,
        },
        enableConcurrencyControl: true,
        // Before automatic runs: what a killed runner left marked as running is taken up again.
        shouldAutoRun: async (payload) => {
          await recoverAfterCrash(payload, options)
          return incomingConfig.jobs?.shouldAutoRun
            ? incomingConfig.jobs.shouldAutoRun(payload)
            : true
        },
        tasks: [
          ...(incomingConfig.jobs?.tasks ?? []),
          subscribeTask(options),
          fanOutTask(options),
          deliverTask(options),
          maintenanceTask(options),
          webhookDeliverTask(options),
          webhookVerifyTask(options),
          webhookMaintenanceTask(options),
          objectionMaintenanceTask(options),
          rebuildTask(options),
        ],
      },
    }
  }

/** The plugin's collections as the schema has them (used enabled or not). */
function ourCollections(options: SanitizedTrustCenterOptions): CollectionConfig[] {
  return [
    companiesCollection(options),
    tomVersionsCollection(options),
    subprocessorsCollection(options),
    subprocessorEventsCollection(options),
    mediaCollection(options, options.mediaDir),
    subscribersCollection(options),
    notificationDeliveriesCollection(options),
    webhookEndpointsCollection(options),
    webhookDeliveriesCollection(options),
    objectionsCollection(options),
    rateLimitsCollection(options),
  ]
}

/**
 * An app with its own users collection keeps it; it must then give users a `role` field with the
 * values admin, editor and legal (see access/roles.ts).
 */
function usersUnlessPresent(
  existing: CollectionConfig[],
  options: SanitizedTrustCenterOptions,
): CollectionConfig[] {
  return existing.some((c) => c.slug === options.slugs.users) ? [] : [usersCollection(options)]
}
