import sharp from 'sharp'

/** The image kinds a logo may be. Anything else is refused, whatever its name or declared type says. */
export type ImageKind = 'png' | 'jpeg' | 'webp' | 'svg'

const startsWith = (data: Buffer, bytes: number[], at = 0) =>
  bytes.every((b, i) => data[at + i] === b)

/**
 * The kind of image `data` really is, judged by its bytes and by a decoder that must accept it;
 * `null` for anything else (HTML, scripts, polyglots that decode as nothing).
 */
export async function sniffImage(data: Buffer): Promise<ImageKind | null> {
  const magic: ImageKind | null = startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    ? 'png'
    : startsWith(data, [0xff, 0xd8, 0xff])
      ? 'jpeg'
      : startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8)
        ? 'webp'
        : null
  let format: string | undefined
  try {
    format = (await sharp(data, { limitInputPixels: 50_000_000 }).metadata()).format
  } catch {
    return null
  }
  if (magic) return format === magic ? magic : null
  return format === 'svg' ? 'svg' : null
}
