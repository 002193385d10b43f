import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

export const GET = REST_GET(config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const OPTIONS = REST_OPTIONS(config)

// The CMS's own server (cms/serve/publicForms.mjs) answers the public form posts with this very
// handler, without Next's router: one code path, one module instance of Payload and the plugin.
;(globalThis as Record<symbol, unknown>)[Symbol.for('trust-center.api-post-handler')] = POST
