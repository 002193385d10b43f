import type { Payload, SanitizedConfig } from 'payload'
import { sanitizeOptions } from '../defaults'
import type { SanitizedTrustCenterOptions } from '../types'

/**
 * The plugin's options as the app configured them (slugs above all), for code outside the
 * plugin that works on its collections: the Astro loader, the seed, scripts. Defaults when the
 * plugin is not in the config.
 */
export function trustCenterOptions(from: Payload | SanitizedConfig): SanitizedTrustCenterOptions {
  const config = 'config' in from ? from.config : from
  return (
    (config.custom?.trustCenter as SanitizedTrustCenterOptions | undefined) ?? sanitizeOptions()
  )
}
