import { APIError } from 'payload'

/** The error name Payload's `loggingLevels` knows the plugin's refusals by (see rejectionLog.ts). */
export const REFUSED = 'RequestRefused'

/**
 * A request the plugin refuses (4xx, message shown to the caller): rate limited, locked out, too
 * large, malformed, not allowed. Its own name, set explicitly — the production build minifies
 * class names — so Payload does not log it with a stack trace per request; http/rejectionLog.ts
 * writes one line per client and reason a minute instead.
 */
export class RequestRefused extends APIError<object | null> {
  constructor(message: string, status: number, data: object | null = null) {
    super(message, status, data, true)
    this.name = REFUSED
  }
}
