import { decodeText } from '../decodeText'
import { detectFormat, docxToHtml } from '../readDocument'
import { readPdf } from '../pdf/readPdf'
import type { SubprocessorListImport } from './schema'
import { parseSubprocessorList } from './parseSubprocessorList'

/** A subprocessor list from an uploaded file of any supported kind: text, CSV, HTML, .docx (its tables through mammoth) or PDF. */
export async function readSubprocessorList(
  bytes: Uint8Array,
  filename?: string,
): Promise<SubprocessorListImport> {
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1]
  if (ext !== 'csv' && ext !== 'tsv') {
    const format = detectFormat(bytes, filename)
    if (format === 'docx') return parseSubprocessorList(await docxToHtml(bytes), 'list.html')
    if (format === 'pdf') return parseSubprocessorList((await readPdf(bytes)).text, 'list.txt')
  }
  return parseSubprocessorList(decodeText(bytes).text, filename)
}
