import { ParseError } from './errors'
import { note } from '../import/notes'

/**
 * Decodes a document's bytes as UTF-8 text. Binary files and text in another encoding are
 * rejected with the line of the first offending byte instead of being parsed as garbage.
 */
export function decodeDocument(bytes: Uint8Array): string {
  const lineOf = (index: number) =>
    bytes.subarray(0, index).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1)
  const nul = bytes.indexOf(0)
  if (nul >= 0) throw new ParseError(lineOf(nul), note('binaryNulUtf8'))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    const bad = text.indexOf('\uFFFD')
    const line = text.slice(0, Math.max(bad, 0)).split('\n').length
    throw new ParseError(line, note('notUtf8'))
  }
}
