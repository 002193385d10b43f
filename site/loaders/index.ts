/**
 * @trust-center/astro-loader: Astro content loaders for the trust center's published data, read
 * from Payload through its Local API (slugs from the plugin's options), validated with the
 * core's published-data schemas.
 */
export {
  companiesLoader,
  subprocessorEventsLoader,
  subprocessorsLoader,
  tomVersionsLoader,
  type LoaderOptions,
  type TrustCenterLoader,
} from './trustCenterLoaders'
export { publicDocuments, publicDocumentsById } from './payloadSource'
export * from './schema'
