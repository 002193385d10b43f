import type { APIRoute } from 'astro'
import { z } from 'zod'
import { subprocessorListSchema } from '@trust-center/core/published-schema'

/** JSON Schema of /{company}/subprocessors.json, generated from the zod schema the build validates with. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify({ $id: new URL('/schemas/subprocessors.json', site).href, ...z.toJSONSchema(subprocessorListSchema, { unrepresentable: 'any' }) }, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  })
