/**
 * Who a request comes from, for rate limits and the login lockout.
 *
 * The CMS's own server (cms/serve/cmsServer.mjs) writes the socket's peer address into a private
 * header on every request, overwriting whatever the client sent, and marks in its process which
 * header that is (`PEER_HEADER_MARK`). Only with that mark is the header believed: under a
 * different server (plain `next start`, Payload's handlers in tests) a client could write it.
 *
 * - The peer is the client unless it is a configured trusted proxy.
 * - From a trusted proxy, X-Forwarded-For is read from the right (the entry the nearest proxy
 *   appended), skipping the configured proxies; the first address that is not one of them is
 *   the client. Entries left of it were written by whoever sent the request and are ignored.
 * - Without the mark and without a configured proxy every request shares one key — rotating a
 *   made-up header gains nothing.
 *
 * The proxies are the plugin's `trustedProxies` option (the reference app fills it from
 * TRUSTCENTER_TRUSTED_PROXIES, e.g. "127.0.0.1,10.0.0.5").
 */
export function trustedProxies(value: string | readonly string[]): Set<string> {
  return new Set(
    (typeof value === 'string' ? value.split(',') : value)
      .map((s) => normaliseAddress(s.trim()))
      .filter(Boolean),
  )
}

export const DIRECT = 'direct'

/** The global key under which the CMS server names the header it overwrites with the peer. */
const PEER_HEADER_MARK = Symbol.for('trust-center.peer-header')

/** The peer-address header, if this process's server writes it on every request. */
function honouredPeerHeader(): string | undefined {
  const mark = (globalThis as Record<symbol, unknown>)[PEER_HEADER_MARK]
  return typeof mark === 'string' && mark ? mark : undefined
}

/** An IPv4 peer on a dual-stack socket reads `::ffff:203.0.113.9`; it is the same client. */
export function normaliseAddress(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.')
    ? address.slice(7)
    : address
}

export function clientAddress(
  headers: Headers,
  proxies: Set<string>,
  peerHeader: string | undefined = honouredPeerHeader(),
): string {
  const peer = peerHeader ? normaliseAddress(headers.get(peerHeader)?.trim() ?? '') : ''
  if (peer && !proxies.has(peer)) return peer
  if (!peer && proxies.size === 0) return DIRECT
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => normaliseAddress(s.trim()))
    .filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i--) if (!proxies.has(chain[i]!)) return chain[i]!
  return chain[0] ?? (peer || DIRECT)
}
