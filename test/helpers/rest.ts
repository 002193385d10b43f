/** Payload's real Next.js REST route handlers, called in-process with a JWT like a browser would. */
export type Rest = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  token?: string,
  headers?: Record<string, string>,
) => Promise<Response>

export async function restClient(): Promise<Rest> {
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  return (method, path, body, token, headers) =>
    handlers[method](
      new Request(`http://localhost/api/${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: path.split('?')[0]!.split('/') }) },
    )
}

/** A GraphQL query through Payload's real route handler, as the signed-in user of `token`. */
export type Graphql = (
  query: string,
  token?: string,
  language?: string,
) => Promise<{
  data?: any
  errors?: Array<{ message: string; extensions?: Record<string, any> }>
}>

export async function graphqlClient(): Promise<Graphql> {
  const config = (await import('../../cms/payload.config')).default
  const post = (await import('@payloadcms/next/routes')).GRAPHQL_POST(config)
  return async (query, token, language) =>
    (
      await post(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `JWT ${token}` } : {}),
            ...(language ? { 'accept-language': language } : {}),
          },
          body: JSON.stringify({ query }),
        }),
      )
    ).json()
}
