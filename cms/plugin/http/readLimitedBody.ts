import type { PayloadRequest } from 'payload'
import { RequestRefused } from './refused'

export class BodyTooLargeError extends RequestRefused {
  constructor(limit: number) {
    super(`Request body too large (at most ${limit.toLocaleString('en')} bytes).`, 413)
  }
}

/**
 * The request body as bytes, read while counting: a declared Content-Length over `limit` is
 * refused before a byte is read, and a body that grows past it is cancelled at that point, so a
 * large or endless upload costs `limit` bytes of memory, not its size.
 */
export async function readLimitedBody(
  req: Pick<PayloadRequest, 'headers' | 'body' | 'text'>,
  limit: number,
): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    await req.body?.cancel().catch(() => {})
    throw new BodyTooLargeError(limit)
  }
  if (!req.body) return Buffer.from(req.text ? await req.text() : '')
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLargeError(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}
