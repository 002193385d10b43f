import type { PayloadRequest } from 'payload'
import type { ZodType } from 'zod'
import { readLimitedBody } from '../http/readLimitedBody'
import { RequestRefused } from '../http/refused'

const MAX_BODY_BYTES = 4096

/** A small JSON or form-encoded body as a plain object; anything else is a 4xx. */
export async function readSmallBody(
  req: PayloadRequest,
  maxBytes = MAX_BODY_BYTES,
): Promise<{ data: Record<string, unknown>; isForm: boolean }> {
  const type = req.headers.get('content-type') ?? ''
  const raw = (await readLimitedBody(req, maxBytes)).toString('utf8')
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const params = new URLSearchParams(raw)
    const data: Record<string, unknown> = {}
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key)
      data[key] = values.length > 1 || key === 'topics' ? values : values[0]
    }
    return { data, isForm: true }
  }
  if (type.startsWith('application/json') || raw.trim().startsWith('{')) {
    try {
      const data = JSON.parse(raw) as unknown
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object')
      return { data: data as Record<string, unknown>, isForm: false }
    } catch {
      throw new RequestRefused('Malformed JSON body.', 400)
    }
  }
  throw new RequestRefused(
    'Send the form as application/x-www-form-urlencoded or application/json.',
    415,
  )
}

/**
 * A public form's body, rate-limited per client and validated: 429 when the client has sent too
 * many, 400 naming the first field the schema refused. Shared by the subscribe, webhook and
 * objection endpoints.
 */
export async function readPublicForm<T>(
  req: PayloadRequest,
  schema: ZodType<T>,
  allow: () => boolean | Promise<boolean>,
  maxBytes?: number,
): Promise<{ data: T; isForm: boolean }> {
  const { data, isForm } = await readSmallBody(req, maxBytes)
  if (!(await allow())) throw new RequestRefused('Too many requests; try again in a minute.', 429)
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new RequestRefused(`${issue.path.join('.') || 'request'}: ${issue.message}`, 400)
  }
  return { data: parsed.data, isForm }
}
