import { inflateRawSync } from 'node:zlib'
import { ParseError } from '../../parser/errors'
import { note } from '../notes'

/**
 * A .docx is a ZIP archive; a small file can unpack to gigabytes (a zip bomb). Before mammoth
 * unpacks anything, the central directory's declared sizes are checked, then every part is
 * inflated with a cap on its output — so a size that lies is caught too, within bounded time
 * and memory.
 */
export interface ZipLimits {
  /** Bytes one part may unpack to. */
  maxEntry: number
  /** Bytes all parts together may unpack to. */
  maxTotal: number
  maxEntries: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntry: 40 * 1024 * 1024,
  maxTotal: 120 * 1024 * 1024,
  maxEntries: 5000,
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`

// Long: one walk over the archive's central directory, every check beside the field it reads.
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  // Word saves a password-protected .docx as an OLE compound file, not as a ZIP archive.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new ParseError(1, note('docxPassword'))
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const damaged = (why: string) => new ParseError(1, note('docxDamaged', { reason: why }))
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw damaged('no ZIP directory at its end')
  const count = view.getUint16(eocd + 10, true)
  const dirSize = view.getUint32(eocd + 12, true)
  const dirOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ParseError(1, note('docxZip64'))
  if (count > limits.maxEntries)
    throw new ParseError(1, note('docxTooManyParts', { parts: count, max: limits.maxEntries }))
  if (dirOffset + dirSize > bytes.length)
    throw damaged('its directory points past the end of the file')
  let declared = 0
  let actual = 0
  let p = dirOffset
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
      throw damaged('a broken directory entry')
    const method = view.getUint16(p + 10, true)
    const flags = view.getUint16(p + 8, true)
    const compressed = view.getUint32(p + 20, true)
    const size = view.getUint32(p + 24, true)
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    const local = view.getUint32(p + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength))
    p += 46 + nameLength + extraLength + commentLength
    if (flags & 0x1) throw new ParseError(1, note('docxEncrypted'))
    declared += size
    if (size > limits.maxEntry || declared > limits.maxTotal) {
      throw new ParseError(
        1,
        note('docxUnpacksTooLarge', {
          size: MB(Math.max(size, declared)),
          part: name,
          partSize: MB(size),
          perPart: MB(limits.maxEntry),
          total: MB(limits.maxTotal),
        }),
      )
    }
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw damaged(`part "${name}" is missing`)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    if (start + compressed > bytes.length) throw damaged(`part "${name}" is cut off`)
    if (method === 0) actual += compressed
    else if (method === 8) {
      const budget = Math.min(limits.maxEntry, limits.maxTotal - actual) + 1
      try {
        actual += inflateRawSync(bytes.subarray(start, start + compressed), {
          maxOutputLength: budget,
        }).length
      } catch (error) {
        if (
          (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ||
          error instanceof RangeError
        )
          throw new ParseError(1, note('docxPartTooLarge', { part: name, size: MB(budget) }))
        throw damaged(`part "${name}" cannot be unpacked`)
      }
    } else throw damaged(`part "${name}" uses compression method ${method}`)
    if (actual > limits.maxTotal)
      throw new ParseError(1, note('docxTotalTooLarge', { size: MB(limits.maxTotal) }))
  }
}
