import type { APIRoute } from 'astro'
import { discoverySchema } from '@trust-center/core/integration-schema'
import { discovery } from '../../lib/discovery'

/** Discovery: the companies with their feeds, JSON endpoints, schemas and last change. */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(discoverySchema.parse(await discovery(site!)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
