import { defineCollection } from 'astro:content'
import { companiesLoader, subprocessorEventsLoader, subprocessorsLoader, tomVersionsLoader } from './loaders/trustCenterLoaders'

/** Everything the site shows comes from the CMS through these loaders (published data only). */
export const collections = {
  companies: defineCollection({ loader: companiesLoader() }),
  tomVersions: defineCollection({ loader: tomVersionsLoader() }),
  subprocessors: defineCollection({ loader: subprocessorsLoader() }),
  subprocessorEvents: defineCollection({ loader: subprocessorEventsLoader() }),
}
