import type { Payload } from 'payload'

/** How publishing reaches the static site. */
export interface RebuildOptions {
  /**
   * URL that receives a POST when published content changed (Netlify, Vercel, Cloudflare Pages,
   * a CI pipeline). Takes precedence over `command`.
   */
  deployHookUrl?: string
  /**
   * Command that rebuilds the site locally, as argv (no shell), e.g.
   * `['npm', 'run', '-s', 'build']`. It must leave the previous site online when it fails.
   */
  command?: string[]
  /** Working directory of `command`. @default process.cwd() */
  cwd?: string
  /**
   * Quiet time before a rebuild starts under a burst of changes (a rebuild is waiting, running
   * or ended less than this ago), so that publishing several documents at once causes one build.
   * @default 5000
   */
  debounceMs?: number
  /**
   * Delay before the rebuild of a lone change (no rebuild waiting, running or recent), at most
   * `debounceMs`.
   * @default 500
   */
  quickDebounceMs?: number
  /** A waiting rebuild starts at the latest this long after it was queued. @default 60000 */
  maxWaitMs?: number
  /**
   * Runs in the CMS before the local `command`, with Payload open: e.g. writing the published
   * data to a file the build reads instead of opening the database. What it returns is added to
   * the command's environment. A failure fails the rebuild (the previous site stays online).
   */
  prepare?: (payload: Payload) => Promise<Record<string, string> | void>
  /** Give up on a deploy hook or command after this long. @default 900000 (15 minutes) */
  timeoutMs?: number
  /**
   * Start `command` ahead of each rebuild — when the CMS starts and after each rebuild — so it
   * loads while nothing is published. The command must support it: started with
   * `TRUSTCENTER_BUILD_STANDBY=1`, it reads one line from its stdin (a JSON object of variables
   * to add to its environment, `prepare`'s among them) before it builds, and ends without building
   * when its stdin closes. One such process waits at a time; it ends with the CMS. @default false
   */
  standby?: boolean
}

/** E-mail to subscribers (double opt-in, notifications of changes). */
export interface NotificationOptions {
  /**
   * Folder for .eml files when the app configures no e-mail adapter (for SMTP, set Payload's
   * `email: nodemailerAdapter(…)` in the app). @default "data/outbox"
   */
  outboxDir?: string
  /** Sender address. @default "Trust Center <trust-center@localhost>" */
  from?: string
  /** The public site, for links in mails and redirects after form posts. */
  siteUrl: string
  /** The CMS, for confirm and unsubscribe links. */
  cmsUrl: string
  /** Base delay of the exponential retry backoff. @default 30000 */
  retryDelayMs?: number
  /** Send attempts per mail before giving up (the delivery row keeps the error). @default 8 */
  attempts?: number
  /** Changes published within this time go out as one mail per subscriber. @default 60000 */
  batchWindowMs?: number
  /**
   * A notification or webhook job still marked running after this long was left by a runner that
   * died (kill -9, power cut); it is released so that another runner takes it. Longer than any
   * one delivery may take (SMTP and webhook timeouts). @default 600000 (10 minutes)
   */
  staleJobMs?: number
}

/** Webhooks customers register for a company's changes (Standard Webhooks signatures). */
export interface WebhookOptions {
  /**
   * Deliver to loopback, private, link-local and other non-public addresses. Off by default: a
   * customer-supplied URL must not reach the CMS's own network. @default false
   */
  allowPrivateNetworks?: boolean
  /** Accept http:// endpoints (development and tests only). @default false */
  allowHttp?: boolean
  /** Attempts per delivery, with exponential backoff. @default 10 */
  attempts?: number
  /** Base delay of the backoff. @default 60000 */
  retryDelayMs?: number
  /** An endpoint failing without a success for this long is disabled and its owner mailed. @default 259200000 (3 days) */
  disableAfterMs?: number
  /** Time a receiver has to answer. @default 10000 */
  timeoutMs?: number
}

/** Limits of the child process that reads one uploaded document. */
export interface ImportLimits {
  /** Heap of the parsing process; a document that needs more is refused (413). @default 256 */
  memoryMb: number
  /** Wall time for reading and parsing; a document that takes longer is refused (422). @default 6000 */
  timeoutMs: number
}

export interface TrustCenterPluginOptions {
  /** Turns the plugin off without removing its collections' schema. @default true */
  enabled?: boolean
  /** Customers' webhook endpoints. */
  webhooks?: WebhookOptions
  /** Subscriptions and e-mail; mails go to data/outbox as .eml files unless the app sets an e-mail adapter. */
  notifications?: NotificationOptions
  /** Rebuild of the static site after publishing; nothing is triggered when unset. */
  rebuild?: RebuildOptions
  /**
   * Four-eyes rule: the last editor of a TOM version may not publish it. Turn off for one-person
   * teams. @default true
   */
  fourEyes?: boolean
  /** Folder for uploaded logos. @default "data/media" under the working directory */
  mediaDir?: string
  /** Limits of the process that reads an uploaded document (import in the admin). */
  importLimits?: Partial<ImportLimits>
  /**
   * Addresses of the reverse proxies in front of the CMS: only from these is X-Forwarded-For
   * believed (for rate limits and the login lockout; http/clientAddress.ts). @default []
   */
  trustedProxies?: string[]
  /** Collection slugs, for apps that already use one of these names. */
  slugs?: TrustCenterSlugOptions
}

/**
 * The plugin's collections (and its build-status global) by their default names. An app may
 * rename any of them (`slugs`); the plugin's code is still typed by these names, because a
 * collection's shape does not depend on its name and the generated types know the defaults.
 */
export interface TrustCenterSlugs {
  companies: 'companies'
  tomVersions: 'tom-versions'
  subprocessors: 'subprocessors'
  subprocessorEvents: 'subprocessor-events'
  users: 'users'
  media: 'media'
  subscribers: 'subscribers'
  deliveries: 'notification-deliveries'
  webhookEndpoints: 'webhook-endpoints'
  webhookDeliveries: 'webhook-deliveries'
  objections: 'objections'
  rateLimits: 'rate-limits'
  buildStatus: 'trust-center-build'
}

/** The names an app gives the plugin's collections; any it leaves out keep the default. */
export type TrustCenterSlugOptions = { [K in keyof TrustCenterSlugs]?: string }

export interface SanitizedRebuildOptions {
  deployHookUrl?: string
  command?: string[]
  cwd: string
  debounceMs: number
  quickDebounceMs: number
  maxWaitMs: number
  prepare?: RebuildOptions['prepare']
  timeoutMs: number
  standby: boolean
}

export type SanitizedNotificationOptions = Required<NotificationOptions>

export interface SanitizedTrustCenterOptions {
  enabled: boolean
  notifications: SanitizedNotificationOptions
  webhooks: Required<WebhookOptions>
  fourEyes: boolean
  mediaDir: string
  importLimits: ImportLimits
  trustedProxies: Set<string>
  rebuild: SanitizedRebuildOptions | null
  slugs: TrustCenterSlugs
}
