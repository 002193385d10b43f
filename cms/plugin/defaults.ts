import path from 'node:path'
import type { SanitizedTrustCenterOptions, TrustCenterPluginOptions, TrustCenterSlugs } from './types'

export const defaultSlugs: TrustCenterSlugs = {
  companies: 'companies',
  tomVersions: 'tom-versions',
  subprocessors: 'subprocessors',
  users: 'users',
  media: 'media',
  buildStatus: 'trust-center-build',
}

export const defaultDebounceMs = 5_000
export const defaultRebuildTimeoutMs = 15 * 60_000

export function sanitizeOptions(options: TrustCenterPluginOptions = {}): SanitizedTrustCenterOptions {
  const rebuild = options.rebuild
  const hasTarget = Boolean(rebuild?.deployHookUrl || rebuild?.command?.length)
  return {
    enabled: options.enabled ?? true,
    fourEyes: options.fourEyes ?? true,
    mediaDir: options.mediaDir ?? path.resolve(process.cwd(), 'data/media'),
    rebuild: rebuild && hasTarget
      ? {
          deployHookUrl: rebuild.deployHookUrl,
          command: rebuild.command,
          cwd: rebuild.cwd ?? process.cwd(),
          debounceMs: rebuild.debounceMs ?? defaultDebounceMs,
          timeoutMs: rebuild.timeoutMs ?? defaultRebuildTimeoutMs,
        }
      : null,
    slugs: { ...defaultSlugs, ...options.slugs },
  }
}
