import type { APIRoute } from 'astro'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { atomResponse, subprocessorFeed } from '../../../lib/feeds'
import { companyPaths } from '../../../lib/paths'

/** feed.xml as Atom 1.0. */
// With the company's cache key: a rebuild takes the feeds of unchanged companies from the cache.
export const getStaticPaths = companyPaths

export const GET: APIRoute = async ({ props, site }) => {
  const { company } = props as { company: PublishedCompany }
  return atomResponse(await subprocessorFeed(company, site!))
}
