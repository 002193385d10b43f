import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'

/**
 * An upload handler that answers 404 for a file that is not on disk; Payload itself answers 500
 * ("Something went wrong"), which reads as a broken server and fills the error log. Other
 * requests fall through to Payload's own file serving.
 */
export function notFoundForMissingFile(staticDir: string) {
  return async (
    _req: PayloadRequest,
    { params }: { params: { filename: string } },
  ): Promise<Response> => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    const exists =
      file.startsWith(dir + path.sep) &&
      (await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    if (!exists)
      return Response.json(
        { errors: [{ message: 'Not found.' }] },
        { status: 404, headers: { 'X-Content-Type-Options': 'nosniff' } },
      )
    return undefined as unknown as Response // falls through to Payload (its handler type says Response, its code accepts none)
  }
}
