/**
 * The static site's security headers. Scripts run only from the site itself or when their
 * exact text was built (hashes), Pagefind may compile its WebAssembly, forms and requests go
 * only to the site and the CMS, and no other site may frame a page.
 */
export interface SiteHeaderOptions {
  /** 'sha256-…' expressions of every inline script the build produced. */
  scriptHashes: Iterable<string>
  /** Origin of the CMS that answers the subscribe form, e.g. https://cms.example.com. */
  cmsOrigin?: string
}

export function siteContentSecurityPolicy({ scriptHashes, cmsOrigin }: SiteHeaderOptions): string {
  const cms = cmsOrigin ? ` ${cmsOrigin}` : ''
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${cms}`,
    `form-action 'self'${cms}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** Headers for every page and file of the site (HSTS is added by whoever serves it over HTTPS). */
export function siteSecurityHeaders(options: SiteHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': siteContentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  }
}

/** The headers as a Netlify / Cloudflare Pages `_headers` file, for every path. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`
}

/** Reads the `/*` block of a `_headers` file back (what the site's own server applies). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  let inAll = false
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inAll = line.trim() === '/*'
    else if (inAll) {
      const match = /^\s+([\w-]+):\s*(.*)$/.exec(line)
      if (match) headers[match[1]!] = match[2]!.trim()
    }
  }
  return headers
}
