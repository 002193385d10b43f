import { getPayload, type SanitizedConfig } from 'payload'

type Handler = (request: Request) => Promise<Response>

/** GraphQL's "Did you mean …?" hints name fields and types; strangers learn the schema from them. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g

/**
 * Wraps Payload's GraphQL handler: for a request without a signed-in user, error messages lose
 * their suggestions. Signed-in staff keep them (they see the schema in the admin anyway).
 */
export function hideSuggestionsFromAnonymous(
  handler: Handler,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Handler {
  return async (request) => {
    const headers = new Headers(request.headers)
    const response = await handler(request)
    if (!response.headers.get('content-type')?.includes('json')) return response
    const body = await response.text()
    if (!body.includes('Did you mean')) return new Response(body, response)
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
    if (user) return new Response(body, response)
    const json = JSON.parse(body) as { errors?: Array<{ message?: string }> }
    for (const error of json.errors ?? [])
      if (typeof error.message === 'string') error.message = error.message.replace(SUGGESTION, '')
    const stripped = new Headers(response.headers)
    stripped.delete('content-length')
    return new Response(JSON.stringify(json), { status: response.status, headers: stripped })
  }
}
