import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import type { MailBrand } from './mailLayout'
import type { Doc } from '../utilities/doc'

/** A company's accent colour and logo (an absolute URL of the CMS's media file) for its mails. */
export async function mailBrandOf(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  company: Doc,
): Promise<MailBrand> {
  const brand = company.brand as Doc | undefined
  const accent = typeof brand?.accent === 'string' && brand.accent ? brand.accent : undefined
  const logo =
    company.logo != null && typeof company.logo !== 'object'
      ? await req.payload.findByID({
          collection: options.slugs.media,
          id: company.logo as string | number,
          depth: 0,
          req,
          disableErrors: true,
        })
      : (company.logo as { url?: unknown } | null | undefined)
  const url = typeof logo?.url === 'string' ? logo.url : undefined
  return { accent, logoUrl: url ? new URL(url, options.notifications.cmsUrl).href : undefined }
}
