import type { APIRoute } from 'astro'
import { atomResponse, siteFeed } from '../lib/feeds'

/** /feed.xml as Atom 1.0. */
export const GET: APIRoute = async ({ site }) => atomResponse(await siteFeed(site!))
