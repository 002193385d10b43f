import { isHexColour, schemeContrast } from '@trust-center/core/contrast'
import { escapeHtml } from '../utilities/html'

/**
 * The HTML of a subscriber mail in the trust center's design: the company's logo and name on a
 * bar in its accent colour, the content, a footer. Tables and inline styles, since mail clients
 * ignore style sheets; every value is escaped. The plain-text part is made beside it.
 */
export interface MailBrand {
  /** #rrggbb, contrast-checked by the CMS; the site's blue without one. */
  accent?: string | undefined
  /** Absolute URL of the logo (the CMS's media file). */
  logoUrl?: string | undefined
}

interface MailBlock {
  heading?: string
  paragraphs: string[]
  links: Array<[string, string]>
}

export function mailHtml(a: {
  locale: string
  companyName: string
  brand?: MailBrand
  title: string
  blocks: MailBlock[]
  footer: string
  unsubscribe?: [string, string]
}): string {
  const accent = a.brand?.accent && isHexColour(a.brand.accent) ? a.brand.accent : '#0b5cab'
  // Text on the accent bar: white when it reads (AA), else the site's dark text.
  const onAccent = schemeContrast(accent, 'light') >= 4.5 ? '#ffffff' : '#1a1f26'
  const logo =
    a.brand?.logoUrl && /^https?:\/\//.test(a.brand.logoUrl)
      ? `<img src="${escapeHtml(a.brand.logoUrl)}" alt="" height="40" style="height:40px;width:auto;border-radius:4px;background:#ffffff;padding:2px;vertical-align:middle;margin-right:12px">`
      : ''
  const button = ([label, url]: [string, string]) =>
    `<p style="margin:20px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:${accent};color:${onAccent};text-decoration:none;font-weight:600;padding:10px 18px;border-radius:6px">${escapeHtml(label)}</a></p>`
  const blocks = a.blocks
    .map(
      (b) =>
        `${b.heading ? `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(b.heading)}</h2>` : ''}${b.paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join('')}${b.links.map(button).join('')}`,
    )
    .join('<hr style="border:0;border-top:1px solid #dde2e8;margin:24px 0">')
  const unsubscribe = a.unsubscribe
    ? ` <a href="${escapeHtml(a.unsubscribe[1])}" style="color:#525c68">${escapeHtml(a.unsubscribe[0])}</a>`
    : ''
  return `<!doctype html><html lang="${escapeHtml(a.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(a.title)}</title></head>
<body style="margin:0;background:#f7f8fa;color:#1a1f26;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.55">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f7f8fa;padding:24px 12px"><tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #dde2e8;border-radius:8px;overflow:hidden">
<tr><td style="background:${accent};color:${onAccent};padding:16px 24px;font-size:20px;font-weight:700">${logo}${escapeHtml(a.companyName)}</td></tr>
<tr><td style="padding:24px">${blocks}</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #dde2e8;color:#525c68;font-size:13px">${escapeHtml(a.footer)}${unsubscribe}</td></tr>
</table></td></tr></table></body></html>`
}
