import { ParseError } from '../parser/errors'
import { type ImportNote, note } from './notes'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** What was repaired on the way (another encoding, control characters removed), with lines. */
  notes: ({ line: number } & ImportNote)[]
}

const lineAt = (text: string, index: number) => {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** UTF-16 without a byte-order mark: every other byte of Latin text is zero. */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096)
  if (n < 4) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be'
  return null
}

/** Bytes that no text file holds: C0 controls other than tab, newline, form feed and carriage return. */
const isBinaryByte = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d

/**
 * Decodes an uploaded document's bytes: UTF-8 (with or without BOM), UTF-16 (BOM or sniffed), or
 * — when the bytes are text but not UTF-8 — Windows-1252/Latin-1, which Word and older systems
 * write. Binary files are refused with the line of the first offending byte. Stray control
 * characters are removed and noted.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const notes: DecodedText['notes'] = []
  let encoding: TextEncodingName
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le'
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be'
  else encoding = sniffUtf16(bytes) ?? 'utf-8'

  if (encoding === 'utf-8') {
    const firstBinary = bytes.findIndex(isBinaryByte)
    if (firstBinary >= 0) {
      const line = bytes.subarray(0, firstBinary).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1)
      const count = bytes.reduce((n, b) => (isBinaryByte(b) ? n + 1 : n), 0)
      // A few stray controls are pasted noise (removed below); many are a binary file.
      if (
        bytes[firstBinary] === 0 ||
        (count > 16 && count / bytes.length > 0.01) ||
        count / bytes.length > 0.1
      )
        throw new ParseError(line, note('binaryData'))
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    } catch {
      encoding = 'windows-1252'
      text = new TextDecoder('windows-1252').decode(bytes)
      const firstHigh = bytes.findIndex((b) => b >= 0x80)
      notes.push({ line: lineAt(text, firstHigh), ...note('readAsWindows1252') })
    }
  } else {
    text = new TextDecoder(encoding).decode(bytes)
    if (text.includes('\uFFFD'))
      throw new ParseError(
        lineAt(text, text.indexOf('\uFFFD')),
        note('notValidEncoding', { encoding: encoding.toUpperCase() }),
      )
  }
  text = text.replace(/^\uFEFF/, '')
  const control = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/
  const firstControl = text.search(control)
  if (firstControl >= 0) {
    const line = lineAt(text, firstControl)
    if (text.includes('\u0000')) throw new ParseError(line, note('binaryNulCharacter'))
    text = text.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g, '')
    notes.push({ line, ...note('controlCharacters') })
  }
  return { text, encoding, notes }
}
