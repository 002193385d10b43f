import type { APIRoute } from 'astro'
import { jsonFeedResponse, siteFeed } from '../lib/feeds'

/** /feed.xml as JSON Feed 1.1. */
export const GET: APIRoute = async ({ site }) => jsonFeedResponse(await siteFeed(site!))
