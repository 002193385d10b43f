import {
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { clientAddress } from '../http/clientAddress'
import { deviceOf, rememberDevice } from './deviceCookie'
import { createBackoffCounter } from '../notifications/rateLimit'
import type { SanitizedTrustCenterOptions } from '../types'
import { RequestRefused } from '../http/refused'

/** 5 attempts per 15 minutes; then 30 min, 1 h, 2 h, … up to a day per further attempt. */
const attempts = createBackoffCounter('login', 5, 15 * 60_000, 24 * 3600_000)
const MESSAGE = 'Too many sign-in attempts for this account from here. Please try again later.'

/** Whose attempts these are: the account's known device, or else the account on this client. */
function keyOf(req: PayloadRequest, email: string, proxies: Set<string>): string {
  const device = deviceOf(req, email)
  const from = device ? `device:${device}` : clientAddress(req.headers, proxies)
  return `${email.trim().toLowerCase()}|${from}`
}

/**
 * Sign-in attempts are counted per account *and* client (as far as a trusted proxy names it,
 * http/clientAddress.ts), in the database, so a flood from one client locks only that client
 * out of that account — never the account for everyone, as Payload's own lockout (turned off in
 * collections/users.ts) did. A browser that signed in to the account before is counted by its
 * device cookie instead (auth/deviceCookie.ts), so clients sharing its address cannot lock it out. The answer is the same whether the account exists. When a pair is
 * first locked, the account's sessions end, so a token stolen before stops working too.
 */
export const countLoginAttempt =
  (options: SanitizedTrustCenterOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'login') return
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (typeof email !== 'string' || !email) return
    const count = await attempts.hit(
      req.payload,
      options,
      keyOf(req, email, options.trustedProxies),
    )
    if (count <= 5) return
    if (count === 6) await endSessions(req.payload, options, email)
    throw new RequestRefused(MESSAGE, 429)
  }

/** A successful sign-in forgets the pair's failed attempts and remembers the device. */
export const forgetLoginAttempts =
  (options: SanitizedTrustCenterOptions): CollectionAfterLoginHook =>
  async ({ req, user }) => {
    const email = (user as { email?: string }).email
    if (!email) return user
    await attempts.reset(req.payload, options, keyOf(req, email, options.trustedProxies))
    rememberDevice(req, email, options.notifications.cmsUrl.startsWith('https:'))
    return user
  }

async function endSessions(
  payload: import('payload').Payload,
  options: SanitizedTrustCenterOptions,
  email: string,
) {
  const user = (await payload.db.findOne({
    collection: options.slugs.users,
    where: { email: { equals: email.trim().toLowerCase() } },
    req: {},
  })) as { id: string | number } | null
  if (!user) return
  await payload.db.updateOne({
    collection: options.slugs.users,
    id: user.id,
    data: { sessions: [] },
    req: {},
    returning: false,
  })
  payload.logger.warn('trust center: sign-in attempts locked for an account; its sessions ended')
}
