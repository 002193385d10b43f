/**
 * Security headers for everything the CMS serves (admin, API, its own pages), for Next's
 * `headers()`. Plain JavaScript: next.config.mjs loads it without a TypeScript step.
 * The admin is a Next.js app whose inline bootstrap scripts have no fixed hash, hence
 * 'unsafe-inline' for scripts; what the CSP adds is that nothing loads from or posts to
 * another origin and no other site may frame the admin.
 */
function cmsContentSecurityPolicy({ dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** Header list for every CMS response; HSTS only when the public URL is HTTPS. */
function cmsSecurityHeaders({ dev = false, publicUrl = '' } = {}) {
  const headers = [
    { key: 'Content-Security-Policy', value: cmsContentSecurityPolicy({ dev }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ]
  if (publicUrl.startsWith('https:'))
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  return headers
}

/**
 * Next's `headers()` rules: every path but uploaded files, which Payload serves with their own
 * stricter policy (`default-src 'none'; sandbox`, set by the media collection).
 */
export function cmsHeaderRules({ dev = false, publicUrl = '', mediaSlug = 'media' } = {}) {
  return [
    { source: `/((?!api/${mediaSlug}/file/).*)`, headers: cmsSecurityHeaders({ dev, publicUrl }) },
  ]
}
