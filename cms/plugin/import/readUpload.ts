import { importDocument, type DocumentImport } from '@trust-center/core/import/importDocument'
import { readSubprocessorList } from '@trust-center/core/import/subprocessors/readSubprocessorList'
import type { SubprocessorListImport } from '@trust-center/core/import/subprocessors/schema'
import { ParseError } from '@trust-center/core/parser/errors'

export type UploadKind = 'toms' | 'subprocessors'
export type ReadUploadResult =
  | { ok: true; kind: 'toms'; imported: DocumentImport }
  | { ok: true; kind: 'subprocessors'; list: SubprocessorListImport }
  | {
      ok: false
      /** English, as before; `line`, `code` and `params` let the endpoint say it in the user's language. */
      message: string
      line?: number
      code?: string
      params?: Record<string, string | number>
    }

/** Reads and parses an uploaded document; a document that cannot be read is `ok: false` with why. */
export async function readUpload(
  kind: UploadKind,
  bytes: Uint8Array,
  filename: string,
): Promise<ReadUploadResult> {
  try {
    if (kind === 'subprocessors') {
      return { ok: true, kind, list: await readSubprocessorList(bytes, filename) }
    }
    return { ok: true, kind, imported: await importDocument(bytes, filename) }
  } catch (error) {
    if (error instanceof ParseError)
      return {
        ok: false,
        message: `${filename}: ${error.message}`,
        line: error.line,
        code: error.code,
        params: error.params,
      }
    throw error
  }
}
