import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes } from '../../cms/domain/security/inlineScripts'
import {
  headersFile,
  parseHeadersFile,
  siteSecurityHeaders,
} from '../../cms/domain/security/siteHeaders'

describe('site security headers', () => {
  it('hashes inline scripts exactly as a browser does, and skips external ones', () => {
    const html = `<script src="/a.js"></script><script type="module">console.log(1)</script><script is:inline>\n  x()\n</script>`
    const expected = (body: string) =>
      `'sha256-${createHash('sha256').update(body).digest('base64')}'`
    expect(inlineScriptHashes(html)).toEqual([expected('console.log(1)'), expected('\n  x()\n')])
  })
  it('builds a CSP with the hashes, wasm for Pagefind, the CMS for forms, and no framing; round-trips through _headers', () => {
    const headers = siteSecurityHeaders({
      scriptHashes: ["'sha256-abc'"],
      cmsOrigin: 'https://cms.example.com',
    })
    const csp = headers['Content-Security-Policy']!
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'")
    expect(csp).toContain("form-action 'self' https://cms.example.com")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval;')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers)
  })
})
