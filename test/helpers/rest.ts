/** Payload's real Next.js REST route handlers, called in-process with a JWT like a browser would. */
export type Rest = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  token?: string,
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
  return (method, path, body, token) =>
    handlers[method](
      new Request(`http://localhost/api/${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: path.split('?')[0]!.split('/') }) },
    )
}
