import type { APIRoute } from 'astro'
import { rssResponse, siteFeed } from '../lib/feeds'

/** The newest changes of the whole trust center (RSS 2.0; feed.atom and feed.json beside it). */
export const GET: APIRoute = async ({ site }) => rssResponse(await siteFeed(site!), site!)
