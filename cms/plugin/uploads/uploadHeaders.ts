/** Raster types a browser shows as an image and never runs. */
const INLINE_IMAGE = /^image\/(png|jpeg|webp)$/

/**
 * Headers for every served upload: it may run nothing and embed nothing, its type is not sniffed,
 * and anything that is not a plain raster image is downloaded rather than shown.
 */
export function secureUploadHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
  headers.set('X-Content-Type-Options', 'nosniff')
  if (!INLINE_IMAGE.test(headers.get('Content-Type') ?? ''))
    headers.set('Content-Disposition', 'attachment')
  return headers
}
