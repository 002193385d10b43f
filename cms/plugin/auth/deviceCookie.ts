import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { parseCookies, type PayloadRequest } from 'payload'

/**
 * Device cookies (OWASP's answer to lockouts behind shared addresses): a browser that signed in
 * to an account before carries a cookie only the server can make, naming that account. Its
 * attempts are counted for that device, not for its address, so a flood from the same office NAT
 * or unconfigured proxy cannot lock a known device out — only browsers the account never used
 * there.
 */
const MAX_AGE_SECONDS = 180 * 24 * 3600
const PREFIX = 'tc-device-'

const normalise = (email: string) => email.trim().toLowerCase()
/** One cookie per account on a browser; its name does not reveal the address. */
const cookieName = (email: string) =>
  PREFIX + createHash('sha256').update(normalise(email)).digest('base64url').slice(0, 16)
const signature = (secret: string, email: string, nonce: string) =>
  createHmac('sha256', secret)
    .update(`${normalise(email)}|${nonce}`)
    .digest('base64url')

/** The device's id when the request carries a genuine device cookie for `email`, else null. */
export function deviceOf(req: PayloadRequest, email: string): string | null {
  const token = parseCookies(req.headers).get(cookieName(email))
  const [nonce, signed] = token?.split('.') ?? []
  if (!nonce || !signed) return null
  const expected = Buffer.from(signature(req.payload.secret, email, nonce))
  const given = Buffer.from(signed)
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null
}

/** After a successful sign-in: the browser keeps (or gets) its device cookie for this account. */
export function rememberDevice(req: PayloadRequest, email: string, secure: boolean): void {
  const nonce = deviceOf(req, email) ?? randomBytes(16).toString('base64url')
  const value = `${nonce}.${signature(req.payload.secret, email, nonce)}`
  const attributes = [
    `${cookieName(email)}=${value}`,
    `Path=${req.payload.config.routes.api}`,
    `Max-Age=${MAX_AGE_SECONDS}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ]
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', attributes.join('; '))
}
