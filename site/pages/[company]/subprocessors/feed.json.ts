import type { APIRoute } from 'astro'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { jsonFeedResponse, subprocessorFeed } from '../../../lib/feeds'
import { companyPaths } from '../../../lib/paths'

/** feed.xml as JSON Feed 1.1. */
// With the company's cache key: a rebuild takes the feeds of unchanged companies from the cache.
export const getStaticPaths = companyPaths

export const GET: APIRoute = async ({ props, site }) => {
  const { company } = props as { company: PublishedCompany }
  return jsonFeedResponse(await subprocessorFeed(company, site!))
}
