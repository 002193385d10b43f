/**
 * @trust-center/astro-loader: Astro content loaders for the trust center's published data, read
 * from Payload through its Local API (slugs from the plugin's options) or from a published
 * snapshot the CMS wrote, validated with the core's published-data schemas. Nothing here loads
 * Payload's modules until a loader reads from Payload.
 */
export {
  companiesLoader,
  subprocessorEventsLoader,
  subprocessorsLoader,
  tomVersionsLoader,
  type LoaderOptions,
  type TrustCenterLoader,
} from './trustCenterLoaders'
export { readSnapshot, snapshotSchema, type PublishedSnapshot } from './snapshotFile'
export * from './schema'
