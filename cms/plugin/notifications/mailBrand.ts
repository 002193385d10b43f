import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import type { MailBrand } from './mailLayout'

type Doc = Record<string, unknown>

/** A company's accent colour and logo (an absolute URL of the CMS's media file) for its mails. */
export async function mailBrandOf(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  company: Doc,
): Promise<MailBrand> {
  const brand = company.brand as Doc | undefined
  const accent = typeof brand?.accent === 'string' && brand.accent ? brand.accent : undefined
  let logo = company.logo as Doc | string | number | null | undefined
  if (logo != null && typeof logo !== 'object') {
    logo = (await req.payload
      .findByID({ collection: options.slugs.media as 'media', id: logo, depth: 0, req })
      .catch(() => null)) as Doc | null
  }
  const url =
    logo && typeof logo === 'object' && typeof logo.url === 'string' ? logo.url : undefined
  return { accent, logoUrl: url ? new URL(url, options.notifications.cmsUrl).href : undefined }
}
