import path from 'node:path'
import { trustedProxies } from './http/clientAddress'
import type {
  SanitizedTrustCenterOptions,
  TrustCenterPluginOptions,
  TrustCenterSlugs,
} from './types'

export const defaultSlugs: TrustCenterSlugs = {
  companies: 'companies',
  tomVersions: 'tom-versions',
  subprocessors: 'subprocessors',
  subprocessorEvents: 'subprocessor-events',
  users: 'users',
  media: 'media',
  subscribers: 'subscribers',
  deliveries: 'notification-deliveries',
  webhookEndpoints: 'webhook-endpoints',
  webhookDeliveries: 'webhook-deliveries',
  objections: 'objections',
  rateLimits: 'rate-limits',
  buildStatus: 'trust-center-build',
}

const defaultDebounceMs = 5_000
const defaultQuickDebounceMs = 500
const defaultMaxWaitMs = 60_000
const defaultRebuildTimeoutMs = 15 * 60_000

export function sanitizeOptions(
  options: TrustCenterPluginOptions = {},
): SanitizedTrustCenterOptions {
  const rebuild = options.rebuild
  const hasTarget = Boolean(rebuild?.deployHookUrl || rebuild?.command?.length)
  return {
    enabled: options.enabled ?? true,
    notifications: {
      outboxDir: options.notifications?.outboxDir ?? path.resolve(process.cwd(), 'data/outbox'),
      from: options.notifications?.from ?? 'Trust Center <trust-center@localhost>',
      siteUrl: (options.notifications?.siteUrl ?? 'http://localhost:4321').replace(/\/$/, ''),
      cmsUrl: (options.notifications?.cmsUrl ?? 'http://localhost:3000').replace(/\/$/, ''),
      retryDelayMs: options.notifications?.retryDelayMs ?? 30_000,
      attempts: options.notifications?.attempts ?? 8,
      batchWindowMs: options.notifications?.batchWindowMs ?? 60_000,
      staleJobMs: options.notifications?.staleJobMs ?? 600_000,
    },
    webhooks: {
      allowPrivateNetworks: options.webhooks?.allowPrivateNetworks ?? false,
      allowHttp: options.webhooks?.allowHttp ?? false,
      attempts: options.webhooks?.attempts ?? 10,
      retryDelayMs: options.webhooks?.retryDelayMs ?? 60_000,
      disableAfterMs: options.webhooks?.disableAfterMs ?? 3 * 86_400_000,
      timeoutMs: options.webhooks?.timeoutMs ?? 10_000,
    },
    fourEyes: options.fourEyes ?? true,
    mediaDir: options.mediaDir ?? path.resolve(process.cwd(), 'data/media'),
    trustedProxies: trustedProxies(options.trustedProxies ?? []),
    importLimits: {
      memoryMb: options.importLimits?.memoryMb ?? 256,
      timeoutMs: options.importLimits?.timeoutMs ?? 6_000,
    },
    rebuild:
      rebuild && hasTarget
        ? {
            deployHookUrl: rebuild.deployHookUrl,
            command: rebuild.command,
            cwd: rebuild.cwd ?? process.cwd(),
            debounceMs: rebuild.debounceMs ?? defaultDebounceMs,
            quickDebounceMs: rebuild.quickDebounceMs ?? defaultQuickDebounceMs,
            maxWaitMs: rebuild.maxWaitMs ?? defaultMaxWaitMs,
            prepare: rebuild.prepare,
            timeoutMs: rebuild.timeoutMs ?? defaultRebuildTimeoutMs,
            standby: Boolean(rebuild.standby && rebuild.command?.length && !rebuild.deployHookUrl),
          }
        : null,
    // Typed by the default names (see TrustCenterSlugs); the values are the app's.
    slugs: { ...defaultSlugs, ...options.slugs } as TrustCenterSlugs,
  }
}
