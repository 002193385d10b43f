/**
 * The public form posts (subscribe, confirm, unsubscribe, objections, webhook sign-up) answered
 * by the CMS's own server without Next.js's router — for the same Payload handler.
 *
 * Why: under load Next's routing (matching the app's routes, its request and response wrappers)
 * cost as much CPU as Payload's whole handling of a subscription, and the public forms are the
 * endpoints anyone on the internet can post to. The API route (cms/app/(payload)/api/[...slug]/
 * route.ts) hands its own POST handler — Payload's REST handler built from the app's config —
 * to this server when Next first loads it (`HANDLER_MARK`). From then on this module calls that
 * very function for these paths, so Payload's request setup, endpoint matching, error handling
 * and every rule of the plugin (rate limits, validation, peer address, the same answer whatever
 * the address's state) are one code path. Until the route is loaded, and for every other
 * request, Next answers as before. The CMS security headers (cmsHeaders.mjs, which Next adds
 * through next.config.mjs) are added here the same way; left out is what Next adds to every
 * answer for the admin's pages — Payload's colour-scheme client hint (Accept-CH, Critical-CH)
 * and a Vary naming React Server Components' request headers — meaningless on a form's answer.
 *
 * TRUSTCENTER_DIRECT_FORMS=off sends these posts through Next too (for comparison).
 */
import { cmsHeaderRules } from './cmsHeaders.mjs'

/** Where route.ts leaves its POST handler; the same Symbol.for key on both sides. */
export const HANDLER_MARK = Symbol.for('trust-center.api-post-handler')

const API = '/api/'
/** The public form endpoints (POST) under /api: the plugin's paths, without query strings. */
const PUBLIC_FORMS = new Set([
  'trust-center/subscribe',
  'trust-center/confirm',
  'trust-center/unsubscribe',
  'trust-center/objections',
  'trust-center/objections/confirm',
  'trust-center/webhooks',
])

/** The API path's segments (as Next's [...slug] params) if this is a public form post. */
export function publicFormSlug(method, url) {
  if (method !== 'POST' || !url?.startsWith(API)) return undefined
  const query = url.indexOf('?')
  const path = url.slice(API.length, query === -1 ? undefined : query)
  return PUBLIC_FORMS.has(path) ? path.split('/') : undefined
}

/** The request's URL on the Host it names (as Next builds it); a Host no URL can hold is ignored. */
function requestUrl(req) {
  try {
    return new URL(req.url, `http://${req.headers.host ?? 'localhost'}`)
  } catch {
    return new URL(req.url, 'http://localhost')
  }
}

/**
 * The request body as a Web stream, read as the handler asks. Cancelling it (the plugin does when
 * a body is too large) discards the rest instead of pushing into a closed stream, which
 * `Readable.toWeb` does — an uncaught exception per refused upload.
 */
function bodyOf(req) {
  let done = false
  return new ReadableStream({
    start(controller) {
      req.on('data', (chunk) => {
        if (done) return
        controller.enqueue(chunk)
        if ((controller.desiredSize ?? 1) <= 0) req.pause()
      })
      req.once('end', () => {
        if (!done) controller.close()
        done = true
      })
      req.once('error', (error) => {
        if (!done) controller.error(error)
        done = true
      })
    },
    pull: () => void req.resume(),
    cancel: () => {
      done = true
      req.resume()
    },
  })
}

/** The Web Request Payload's handler expects, with the body streamed from the socket. */
function webRequest(req) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value !== undefined) headers.set(name, value)
  }
  return new Request(requestUrl(req), {
    method: req.method,
    headers,
    body: bodyOf(req),
    duplex: 'half',
  })
}

/** Status, headers (the security headers first, as Next sets them) and body onto the socket. */
async function send(res, response, securityHeaders) {
  res.statusCode = response.status
  for (const { key, value } of securityHeaders) res.setHeader(key, value)
  for (const [name, value] of response.headers)
    if (name !== 'set-cookie') res.setHeader(name, value)
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * `answer(req, res)`: true when it answered the request (a public form post once route.ts has
 * handed over its handler), false when Next should. `onReady` runs when the handler arrives.
 */
export function directPublicForms({ enabled, publicUrl, onReady }) {
  const securityHeaders = cmsHeaderRules({ publicUrl })[0].headers
  let handler
  const announce = (value) => {
    if (enabled && typeof value === 'function' && !handler) onReady?.()
    handler = value
  }
  announce(globalThis[HANDLER_MARK]) // should Next have loaded the route already
  Object.defineProperty(globalThis, HANDLER_MARK, {
    configurable: true,
    get: () => handler,
    set: announce,
  })
  return function answer(req, res) {
    if (!enabled || typeof handler !== 'function') return false
    const slug = publicFormSlug(req.method, req.url)
    if (!slug) return false
    // Inside the promise: whatever fails is a 500 for this request, not a crash of the server.
    Promise.resolve()
      .then(() => handler(webRequest(req), { params: Promise.resolve({ slug }) }))
      .then((response) => send(res, response, securityHeaders))
      .catch((error) => {
        console.error(`Failed to handle request for ${req.url}`, error)
        if (!res.headersSent) res.statusCode = 500
        res.end()
      })
    return true
  }
}
