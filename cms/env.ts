import { z } from 'zod'

/**
 * Every environment variable the reference app and the site read, in one schema: a typo such as
 * `TRUSTCENTER_REBUILD=of` or `TRUSTCENTER_REBUILD_DEBOUNCE_MS=5s` stops the start with the
 * variable's name and what it expects, instead of silently meaning "on" or NaN.
 * docs/configuration.md describes them. (The packages take options, not variables.)
 */

/** An unset and an empty variable are the same: "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const onOff = optional(z.enum(['on', 'off'], { error: 'expected "on" or "off"' }))
const oneOrUnset = optional(z.literal('1', { error: 'expected "1" or unset' }))
const milliseconds = optional(
  z.coerce
    .number({ error: 'expected a whole number of milliseconds' })
    .int('expected a whole number of milliseconds')
    .nonnegative('expected a whole number of milliseconds'),
)
const port = optional(
  z.coerce.number({ error: 'expected a port number' }).int().min(1).max(65_535, 'expected a port'),
)
const httpUrl = optional(
  z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }),
)
const text = optional(z.string())

const envSchema = z.object({
  NODE_ENV: text,
  // Where the app keeps its state and output.
  TRUSTCENTER_ROOT: text,
  TRUSTCENTER_DATA_DIR: text,
  TRUSTCENTER_DIST: text,
  TRUSTCENTER_CACHE_DIR: text,
  TRUSTCENTER_OUT_DIR: text,
  // Database and Payload.
  DATABASE_URI: optional(
    z.string().regex(/^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/, {
      error: 'expected file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB)',
    }),
  ),
  PAYLOAD_SECRET: text,
  PAYLOAD_LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'expected fatal, error, warn, info, debug, trace or silent',
    }),
  ),
  // Addresses.
  TRUSTCENTER_CMS_URL: httpUrl,
  TRUSTCENTER_SITE_URL: httpUrl,
  PORT: port,
  CMS_PORT: port,
  HOST: text,
  // Publishing and the rebuild.
  TRUSTCENTER_DEPLOY_HOOK_URL: httpUrl,
  TRUSTCENTER_REBUILD: onOff,
  TRUSTCENTER_REBUILD_DEBOUNCE_MS: milliseconds,
  TRUSTCENTER_REBUILD_STANDBY: onOff,
  TRUSTCENTER_FOUR_EYES: onOff,
  TRUSTCENTER_JOBS_AUTORUN: onOff,
  TRUSTCENTER_DIRECT_FORMS: onOff,
  TRUSTCENTER_JOBS_EVERY_SECONDS: optional(
    z.coerce
      .number({ error: 'expected a whole number of seconds from 1 to 59' })
      .int()
      .min(1)
      .max(59, 'expected a whole number of seconds from 1 to 59'),
  ),
  TRUSTCENTER_STALE_JOB_MS: milliseconds,
  TRUSTCENTER_SEARCH: onOff,
  TRUSTCENTER_BUILD_QUIET: text,
  TRUSTCENTER_STARTING: oneOrUnset,
  // Mail and webhooks.
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'expected an smtp:// or smtps:// URL' })),
  TRUSTCENTER_MAIL_FROM: text,
  TRUSTCENTER_RETRY_DELAY_MS: milliseconds,
  TRUSTCENTER_BATCH_WINDOW_MS: milliseconds,
  TRUSTCENTER_WEBHOOKS_ALLOW_PRIVATE: oneOrUnset,
  TRUSTCENTER_WEBHOOKS_ALLOW_HTTP: oneOrUnset,
  TRUSTCENTER_WEBHOOKS_RETRY_DELAY_MS: milliseconds,
  TRUSTCENTER_WEBHOOKS_DISABLE_AFTER_MS: milliseconds,
  // The build.
  TRUSTCENTER_SNAPSHOT: text,
  TRUSTCENTER_TYPES_ONLY: oneOrUnset,
  // Limits and the network in front of the CMS.
  TRUSTCENTER_IMPORT_MEMORY_MB: optional(
    z.coerce.number({ error: 'expected megabytes' }).int().min(16, 'expected at least 16 MB'),
  ),
  TRUSTCENTER_IMPORT_TIMEOUT_MS: milliseconds,
  TRUSTCENTER_TRUSTED_PROXIES: text,
  // The operator (imprint) and security.txt: checked together by operatorFromEnv and
  // securityTxtConfig (@trust-center/core), which name what is missing.
  TRUSTCENTER_OPERATOR_NAME: text,
  TRUSTCENTER_OPERATOR_ADDRESS: text,
  TRUSTCENTER_OPERATOR_EMAIL: text,
  TRUSTCENTER_OPERATOR_PHONE: text,
  TRUSTCENTER_OPERATOR_REPRESENTED_BY: text,
  TRUSTCENTER_OPERATOR_REGISTER: text,
  TRUSTCENTER_OPERATOR_VAT_ID: text,
  TRUSTCENTER_SECURITY_CONTACT: text,
  TRUSTCENTER_SECURITY_POLICY: text,
  TRUSTCENTER_SECURITY_LANGUAGES: text,
  TRUSTCENTER_SECURITY_CANONICAL: text,
  TRUSTCENTER_SECURITY_EXPIRES_DAYS: text,
  TRUSTCENTER_SECURITY_ENCRYPTION: text,
  TRUSTCENTER_SECURITY_ACKNOWLEDGMENTS: text,
})

/** Every variable the schema knows (docs/configuration.md lists the same; a unit test compares). */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as ReadonlyArray<keyof Env>

type Env = z.infer<typeof envSchema>

/**
 * The environment, checked. Read on each call (cheap), since scripts and tests set variables
 * before they load the config; throws one error that lists every bad variable.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0])
    return `  ${name}=${JSON.stringify(source[name])}: ${issue.message}`
  })
  throw new Error(`Invalid environment (see docs/configuration.md):\n${lines.join('\n')}`)
}

/** Astro's cache folder (its content store, the page cache), relative to the project's root. */
export const astroCacheDir = (env: Env = readEnv()) =>
  env.TRUSTCENTER_CACHE_DIR ?? './node_modules/.astro'
