import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'
import {
  companiesLoader,
  publishedCompanySchema,
  subprocessorEventsLoader,
  subprocessorsLoader,
  tomVersionsLoader,
} from '@trust-center/astro-loader'
import { readEnv } from '../cms/env'
import { payloadForBuild } from './payloadForBuild'

const env = readEnv()

/**
 * The CMS's rebuild sets TRUSTCENTER_SNAPSHOT to the published snapshot it has just written: the
 * loaders read that file and Payload is never started. Without it they read the database.
 * `npm run typecheck` sets TRUSTCENTER_TYPES_ONLY=1 (types need no data); a build unsets it.
 */
const source = {
  payload: payloadForBuild,
  snapshotFile: env.TRUSTCENTER_SNAPSHOT,
  typesOnly: env.TRUSTCENTER_TYPES_ONLY === '1',
}

/**
 * Everything the site shows about companies comes from the CMS through these loaders (published
 * data only); the operator's own pages (about, objections, imprint) are MDX files in
 * content/pages/{de,en}/, the same file name in both languages.
 */
export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '{de,en}/*.mdx', base: './content/pages' }),
    schema: z.object({
      title: z.string().min(1),
      description: z.string().min(1),
      order: z.number().int().default(99),
    }),
  }),
  // The loader gives a logo's file path; image() makes it an asset that astro:assets optimises.
  companies: defineCollection({
    loader: companiesLoader(source),
    schema: ({ image }) =>
      publishedCompanySchema.extend({
        logo: z.object({ src: image(), alt: z.string() }).optional(),
      }),
  }),
  tomVersions: defineCollection({ loader: tomVersionsLoader(source) }),
  subprocessors: defineCollection({ loader: subprocessorsLoader(source) }),
  subprocessorEvents: defineCollection({
    loader: subprocessorEventsLoader(source),
  }),
}
