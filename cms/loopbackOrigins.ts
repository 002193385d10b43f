const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/**
 * The origin of `url`, and when its host is a loopback name also the same port under the other
 * loopback names. `npm start` prints http://localhost:…, but people type 127.0.0.1 too; Payload
 * only trusts the session cookie of requests from an origin in its CSRF list, so without the
 * twins every save made from http://127.0.0.1:… was refused as "not allowed".
 */
export function loopbackOrigins(url: string): string[] {
  const origin = new URL(url)
  if (!LOOPBACK_HOSTS.includes(origin.hostname)) return [origin.origin]
  return LOOPBACK_HOSTS.map((host) => {
    const twin = new URL(origin.origin)
    twin.hostname = host
    return twin.origin
  })
}
