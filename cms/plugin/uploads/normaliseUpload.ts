import sharp from 'sharp'
import { sniffImage, type ImageKind } from './sniffImage'

/** The upload as Payload hands it to hooks (`req.file`). */
interface UploadedFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
  tempFilePath?: string
}

const MIME: Record<Exclude<ImageKind, 'svg'>, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
}
const EXTENSION: Record<Exclude<ImageKind, 'svg'>, string> = {
  png: 'png',
  jpeg: 'jpg',
  webp: 'webp',
}

export class UnsupportedUploadError extends Error {}

/** The name without any extensions ("logo.svg.html" → "logo"), so no stored name keeps a misleading one. */
function baseName(name: string): string {
  const base = name
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .split('.')[0]!
    .replace(/[^\w-]+/g, '-')
  return base === '' || base === '-' ? 'upload' : base
}

/**
 * A logo upload made safe to store and serve: its type is what its bytes are (PNG, JPEG or WebP),
 * its extension follows that type, and an SVG is rasterised to PNG, so no markup from an upload is
 * ever stored, served or built into the site.
 */
export async function normaliseUpload(file: UploadedFile): Promise<UploadedFile> {
  const kind = await sniffImage(file.data)
  if (kind === null)
    throw new UnsupportedUploadError(
      'Only PNG, JPEG, WebP and SVG images can be uploaded; this file is none of them, whatever its name says.',
    )
  if (kind === 'svg') {
    // librsvg draws the shapes only: no script, no external resource, nothing left of the markup.
    const png = await sharp(file.data, { density: 144, limitInputPixels: 50_000_000 })
      .png()
      .toBuffer()
    return { data: png, mimetype: MIME.png, name: `${baseName(file.name)}.png`, size: png.length }
  }
  return { ...file, mimetype: MIME[kind], name: `${baseName(file.name)}.${EXTENSION[kind]}` }
}
