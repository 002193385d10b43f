import { ParseError } from '../parser/errors'
import { type ImportNote, note } from './notes'
import { decodeText, type TextEncodingName } from './decodeText'
import { checkZip } from './docx/checkZip'
import { htmlToText } from './html'
import { prepareText } from './textSource'
import { readPdf } from './pdf/readPdf'

export const DOCUMENT_FORMATS = ['text', 'markdown', 'html', 'docx', 'pdf'] as const
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number]

/** A document made readable for the parser: plain/Markdown text plus where its lines came from. */
export interface ReadDocument {
  format: DocumentFormat
  encoding: TextEncodingName | 'docx' | 'pdf'
  text: string
  /** Maps a line of `text` to the line of the original file (identity for text formats). */
  lineOf: (line: number) => number
  /** For paged formats (PDF): the page a line of `text` came from; `lineOf` then counts lines on that page. */
  pageOf?: (line: number) => number
  notes: ({ line: number; page?: number } & ImportNote)[]
  /** A title the file states outside its text (front matter). */
  title?: string
}

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
}

export function detectFormat(bytes: Uint8Array, filename?: string): DocumentFormat {
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1]
  // "%PDF": a PDF whatever its name says.
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf'
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext]
  if (ext === 'doc' || ext === 'odt' || ext === 'rtf')
    throw new ParseError(1, note('unreadableType', { ext }))
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'docx'
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).trimStart().toLowerCase()
  if (/^<(?:!doctype html|html|body|h[1-6]|p|ul|ol|table|div)\b/.test(start)) return 'html'
  return 'text'
}

/** A .docx through mammoth, after its ZIP sizes were checked; images are left out (they are not text). */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  checkZip(bytes)
  const mammoth = await import('mammoth')
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    )
    return result.value
  } catch (error) {
    throw new ParseError(
      1,
      note('notWord', { reason: (error as Error).message.split('\n')[0] ?? '' }),
    )
  }
}

/** Decodes and converts an uploaded or pasted document into text the TOM parser reads. */
export async function readDocument(bytes: Uint8Array, filename?: string): Promise<ReadDocument> {
  const format = detectFormat(bytes, filename)
  if (format === 'pdf') return readPdf(bytes)
  if (format === 'docx') {
    const html = htmlToText(await docxToHtml(bytes))
    // A .docx has no source lines of its own; the converted text is what the editor sees.
    return { format, encoding: 'docx', text: html.text, lineOf: (line) => line, notes: [] }
  }
  const decoded = decodeText(bytes)
  const prepared = prepareText(decoded.text, format === 'html')
  // A .md or .txt file (or pasted text) whose body is HTML is read as HTML.
  const effective: DocumentFormat = prepared.body === 'text' ? format : 'html'
  return {
    format: effective,
    encoding: decoded.encoding,
    text: prepared.text,
    lineOf: prepared.lineOf,
    notes: decoded.notes,
    ...(prepared.title ? { title: prepared.title } : {}),
  }
}
