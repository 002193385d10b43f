import { createHmac } from 'node:crypto'
import type { AfterErrorHook, Config, PayloadRequest } from 'payload'
import { clientAddress } from './clientAddress'
import { restorePayloadErrorNames } from './errorNames'
import { REFUSED } from './refused'

/**
 * Refused requests are logged at most once per client and reason a minute, in one line without a
 * stack trace. Payload logs every error it answers (utilities/logError.js): at the level
 * `config.loggingLevels[error.name]` gives, with the whole error (stack included) unless that
 * level is "info", and not at all when it is `false` — so a flood of locked-out sign-ins wrote a
 * stack trace per request. For the names below the plugin sets that level to `false` and logs them
 * itself in an `afterError` hook, which Payload runs right after logError for REST and GraphQL:
 * 4xx through the window here, anything else (a GraphQL error can be a 500) as Payload would.
 *
 * - RequestRefused: the plugin's own refusals (rate limits, lockout, 413 bodies, bad forms).
 * - WorkflowError: the plugin's workflow rules (four-eyes, who may publish).
 * - AuthenticationError: a wrong password (Payload logged it at "error", stack included).
 * - GraphQLError: GraphQL wraps every error in one; its status is the wrapped error's.
 *
 * A name the app configured in its own `loggingLevels` is left to that setting.
 */
const QUIET_NAMES = [REFUSED, 'WorkflowError', 'AuthenticationError', 'GraphQLError']

const WINDOW_MS = 60_000
/** Clients tracked at once; beyond that (a distributed flood) further clients share one line. */
const MAX_WINDOWS = 10_000

interface Window {
  startedAt: number
  suppressed: number
}

/**
 * One line per key and window: `admit` answers how many were held back since the last line, or
 * null when this one is held back too.
 */
export function createLogWindow(windowMs = WINDOW_MS, maxWindows = MAX_WINDOWS) {
  const windows = new Map<string, Window>()
  const prune = (now: number) => {
    for (const [key, w] of windows) if (now - w.startedAt >= windowMs) windows.delete(key)
  }
  return {
    admit(key: string, now: number, overflowKey = '*'): number | null {
      if (!windows.has(key) && windows.size >= maxWindows) {
        prune(now)
        if (windows.size >= maxWindows) key = overflowKey
      }
      const w = windows.get(key)
      if (w && now - w.startedAt < windowMs) {
        w.suppressed++
        return null
      }
      windows.set(key, { startedAt: now, suppressed: 0 })
      return w?.suppressed ?? 0
    },
    size: () => windows.size,
  }
}

// One window per process: the plugin's modules may be loaded once per route bundle.
const WINDOW_KEY = Symbol.for('trust-center.rejection-log')
const processWindow = (): ReturnType<typeof createLogWindow> => {
  const store = globalThis as Record<symbol, ReturnType<typeof createLogWindow> | undefined>
  return (store[WINDOW_KEY] ??= createLogWindow())
}

/** No address in the log (as in the rate-limit table): a short HMAC of it, stable per secret. */
const clientTag = (req: PayloadRequest, proxies: Set<string>) =>
  createHmac('sha256', req.payload.secret)
    .update(`log|${clientAddress(req.headers, proxies)}`)
    .digest('base64url')
    .slice(0, 12)

const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 300)

interface StatusError extends Error {
  status?: unknown
  originalError?: { name?: unknown; status?: unknown } | null
}

function describe(error: StatusError) {
  const inner = error.name === 'GraphQLError' ? error.originalError : error
  const status = typeof inner?.status === 'number' ? inner.status : 500
  const name = typeof inner?.name === 'string' ? inner.name : error.name
  return { status, name }
}

/** Abuse and access refusals at "warn", other client mistakes at "info". */
const levelOf = (status: number) => ([401, 403, 413, 429].includes(status) ? 'warn' : 'info')

function logRefusals(quiet: readonly string[], proxies: Set<string>): AfterErrorHook {
  return ({ error, req }) => {
    if (!quiet.includes(error.name)) return
    const { status, name } = describe(error)
    if (status >= 500) {
      req.payload.logger.error({ err: error })
      return
    }
    const client = clientTag(req, proxies)
    const suppressed = processWindow().admit(
      `${client}|${status}|${name}`,
      Date.now(),
      `*|${status}|${name}`,
    )
    if (suppressed === null) return
    const path = req.url ? new URL(req.url, 'http://cms').pathname : ''
    const more = suppressed ? ` (and ${suppressed} more from this client in the minute before)` : ''
    req.payload.logger[levelOf(status)](
      `refused ${status} ${req.method ?? ''} ${path} from client ${client}: ${oneLine(error.message)}${more}`,
    )
  }
}

/**
 * The config parts that route refusals through the window: the error names switched off in
 * Payload's own logging (unless the app set them) and the hook that logs them instead.
 */
export function refusalLogging(
  config: Config,
  proxies: Set<string>,
): Pick<Config, 'loggingLevels' | 'hooks'> {
  restorePayloadErrorNames() // else AuthenticationError has a minified name in production
  const own = config.loggingLevels ?? {}
  const quiet = QUIET_NAMES.filter((name) => !(name in own))
  const loggingLevels: Record<string, false> = {}
  for (const name of quiet) loggingLevels[name] = false
  return {
    loggingLevels: { ...loggingLevels, ...own },
    hooks: {
      ...config.hooks,
      afterError: [...(config.hooks?.afterError ?? []), logRefusals(quiet, proxies)],
    },
  }
}
