import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { RequestRefused } from '../http/refused'

const MESSAGE = 'A sign-in sent from another site is refused.'

/** The origins a sign-in may come from: the request's own, Payload's serverURL and csrf list. */
function trusted(req: PayloadRequest, origin: string): boolean {
  const { csrf = [], serverURL } = req.payload.config
  let own: string | undefined
  try {
    own = req.url ? new URL(req.url).origin : undefined
  } catch {
    own = undefined
  }
  return origin === own || origin === serverURL || csrf.includes(origin)
}

/**
 * Login CSRF: a page on another site can post a form to the login endpoint — multipart with
 * Payload's `_payload` field, which no CORS preflight guards — and sign its visitor into the
 * attacker's account (the session cookie is Lax, so a top-level POST sets it). A browser names
 * where a request comes from (`Sec-Fetch-Site`, `Origin`); a sign-in from another site is refused
 * before it counts as an attempt. API clients send neither header and are not affected.
 */
export const refuseCrossSiteLogin: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation !== 'login') return
  const site = req.headers.get('sec-fetch-site')
  const origin = req.headers.get('origin')
  if (site === 'cross-site' || (origin !== null && !trusted(req, origin)))
    throw new RequestRefused(MESSAGE, 403)
}
