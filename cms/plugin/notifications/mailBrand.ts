import type { DataFromCollectionSlug, PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import type { MailBrand } from './mailLayout'

/** A company's accent colour and logo (an absolute URL of the CMS's media file) for its mails. */
export async function mailBrandOf(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  company: Pick<DataFromCollectionSlug<'companies'>, 'brand' | 'logo'>,
): Promise<MailBrand> {
  const accent = company.brand?.accent || undefined
  const logo =
    company.logo != null && typeof company.logo !== 'object'
      ? await req.payload.findByID({
          collection: options.slugs.media,
          id: company.logo,
          depth: 0,
          req,
          disableErrors: true,
        })
      : company.logo
  const url = logo?.url || undefined
  return { accent, logoUrl: url ? new URL(url, options.notifications.cmsUrl).href : undefined }
}
