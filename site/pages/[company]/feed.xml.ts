import type { APIRoute } from 'astro'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { rssResponse, companyFeed } from '../../lib/feeds'
import { companyPaths } from '../../lib/paths'

/** All changes of one company: TOM versions and subprocessor changes (RSS 2.0; feed.atom and feed.json beside it). */
// With the company's cache key: a rebuild takes the feeds of unchanged companies from the cache.
export const getStaticPaths = companyPaths

export const GET: APIRoute = async ({ props, site }) => {
  const { company } = props as { company: PublishedCompany }
  return rssResponse(await companyFeed(company, site!), site!)
}
