import { decodeText } from '@trust-center/core/import/decodeText'
import { importDocument, type DocumentImport } from '@trust-center/core/import/importDocument'
import { parseSubprocessorList } from '@trust-center/core/import/subprocessors/parseSubprocessorList'
import { ParseError } from '@trust-center/core/parser/errors'

export type UploadKind = 'toms' | 'subprocessors'
export type ReadUploadResult =
  | { ok: true; kind: 'toms'; imported: DocumentImport }
  | { ok: true; kind: 'subprocessors'; list: ReturnType<typeof parseSubprocessorList> }
  | { ok: false; message: string }

/** Reads and parses an uploaded document; a document that cannot be read is `ok: false` with why. */
export async function readUpload(kind: UploadKind, bytes: Uint8Array, filename: string): Promise<ReadUploadResult> {
  try {
    if (kind === 'subprocessors') {
      if (/\.docx$/i.test(filename)) throw new ParseError(1, 'subprocessor lists are read from .csv, .md, .txt or .html; copy the table out of the Word document')
      return { ok: true, kind, list: parseSubprocessorList(decodeText(bytes).text, filename) }
    }
    return { ok: true, kind, imported: await importDocument(bytes, filename) }
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, message: `${filename}: ${error.message}` }
    throw error
  }
}
