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
import { payloadForBuild } from './payloadForBuild'

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
    loader: companiesLoader({ payload: payloadForBuild }),
    schema: ({ image }) =>
      publishedCompanySchema.extend({
        logo: z.object({ src: image(), alt: z.string() }).optional(),
      }),
  }),
  tomVersions: defineCollection({ loader: tomVersionsLoader({ payload: payloadForBuild }) }),
  subprocessors: defineCollection({ loader: subprocessorsLoader({ payload: payloadForBuild }) }),
  subprocessorEvents: defineCollection({
    loader: subprocessorEventsLoader({ payload: payloadForBuild }),
  }),
}
