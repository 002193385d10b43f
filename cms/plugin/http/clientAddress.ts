/**
 * Who a request comes from, for rate limits. Forwarded headers are written by whoever sends the
 * request, so they count only as far as a configured proxy wrote them: the X-Forwarded-For list
 * is read from the right (the entry the nearest proxy appended), skipping the configured proxies;
 * the first address that is not one of them is the client. With no proxy configured the headers
 * are ignored and all requests share one key — rotating a made-up header gains nothing.
 *
 * TRUSTCENTER_TRUSTED_PROXIES: comma-separated addresses of the reverse proxies in front of the
 * CMS (e.g. "127.0.0.1,10.0.0.5").
 */
export function trustedProxies(value = process.env.TRUSTCENTER_TRUSTED_PROXIES ?? ''): Set<string> {
  return new Set(
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
}

export const DIRECT = 'direct'

export function clientAddress(headers: Headers, proxies: Set<string> = trustedProxies()): string {
  if (proxies.size === 0) return DIRECT
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i--) if (!proxies.has(chain[i]!)) return chain[i]!
  return chain[0] ?? DIRECT
}
