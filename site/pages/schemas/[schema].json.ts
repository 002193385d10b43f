import type { APIRoute } from 'astro'
import { z } from 'zod'
import { type PublishedSchemaName, publishedSchemas } from '@trust-center/core/integration-schema'

/** JSON Schemas of the JSON outputs, generated from the zod schemas the build validates with. */
export const getStaticPaths = () =>
  Object.keys(publishedSchemas).map((schema) => ({ params: { schema } }))

export const GET: APIRoute = ({ params, site }) => {
  const name = params.schema as PublishedSchemaName
  return new Response(
    `${JSON.stringify({ $id: new URL(`/schemas/${name}.json`, site).href, ...z.toJSONSchema(publishedSchemas[name], { unrepresentable: 'any' }) }, null, 2)}\n`,
    {
      headers: { 'content-type': 'application/schema+json' },
    },
  )
}
