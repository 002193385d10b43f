import type { CollectionSlug } from 'payload'

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
   * Quiet time after the last change before a rebuild starts, so that publishing several
   * documents at once causes one build.
   * @default 5000
   */
  debounceMs?: number
  /** Give up on a deploy hook or command after this long. @default 900000 (15 minutes) */
  timeoutMs?: number
}

export interface TrustCenterPluginOptions {
  /** Turns the plugin off without removing its collections' schema. @default true */
  enabled?: boolean
  /** Rebuild of the static site after publishing; nothing is triggered when unset. */
  rebuild?: RebuildOptions
  /**
   * Four-eyes rule: the last editor of a TOM version may not publish it. Turn off for one-person
   * teams. @default true
   */
  fourEyes?: boolean
  /** Folder for uploaded logos. @default "data/media" under the working directory */
  mediaDir?: string
  /** Collection slugs, for apps that already use one of these names. */
  slugs?: Partial<TrustCenterSlugs>
}

export interface TrustCenterSlugs {
  companies: CollectionSlug
  tomVersions: CollectionSlug
  subprocessors: CollectionSlug
  users: CollectionSlug
  media: CollectionSlug
  buildStatus: string
}

export interface SanitizedRebuildOptions {
  deployHookUrl?: string
  command?: string[]
  cwd: string
  debounceMs: number
  timeoutMs: number
}

export interface SanitizedTrustCenterOptions {
  enabled: boolean
  fourEyes: boolean
  mediaDir: string
  rebuild: SanitizedRebuildOptions | null
  slugs: TrustCenterSlugs
}
