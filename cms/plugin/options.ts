/**
 * The plugin's options without the plugin: what code outside Payload's config (the Astro loader,
 * the seed) needs to find the collections, light enough for a site build to import.
 */
export { trustCenterOptions } from './utilities/trustCenterOptions'
export { defaultSlugs, sanitizeOptions } from './defaults'
export type {
  SanitizedTrustCenterOptions,
  TrustCenterPluginOptions,
  TrustCenterSlugs,
  TrustCenterSlugOptions,
} from './types'
