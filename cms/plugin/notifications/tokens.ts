import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A random confirmation token (256 bits); only its sha256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * Unsubscribe links carry an HMAC of the subscriber id, so every mail can include one without
 * storing a token, and no one can unsubscribe somebody else.
 */
export function unsubscribeToken(secret: string, subscriberId: string | number): string {
  return createHmac('sha256', secret)
    .update(`unsubscribe:${String(subscriberId)}`)
    .digest('base64url')
}

export function verifyUnsubscribeToken(
  secret: string,
  subscriberId: string | number,
  token: string,
): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, subscriberId))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
