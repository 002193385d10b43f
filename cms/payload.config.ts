import path from 'node:path'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type Payload } from 'payload'
import sharp from 'sharp'
import { databaseAdapter } from './database/adapter'
import { databaseUri, dataDir, projectRoot, publishedSnapshotFile } from './database/paths'
import { payloadSecret } from './database/secret'
import { readEnv } from './env'
import { loopbackOrigins } from './loopbackOrigins'
import { smtpEmailAdapter } from './smtpEmail'
import { REBUILD_QUEUE, trustCenterPlugin } from '@trust-center/payload-plugin'
import { writePublishedSnapshot } from '@trust-center/astro-loader/snapshot'

/**
 * The reference CMS app: Payload with the trust center plugin. Publishing rebuilds the static
 * site locally (`npm run build`, which swaps dist/ only on success) unless a deploy hook is set.
 */
const env = readEnv() // throws on a bad value, naming the variable
const deployHookUrl = env.TRUSTCENTER_DEPLOY_HOOK_URL
const siteUrl = env.TRUSTCENTER_SITE_URL ?? 'http://localhost:4321'
const localRebuild = env.TRUSTCENTER_REBUILD !== 'off'
const debounceMs = env.TRUSTCENTER_REBUILD_DEBOUNCE_MS
const mailFrom = env.TRUSTCENTER_MAIL_FROM ?? 'Trust Center <trust-center@localhost>'

/**
 * Before the local rebuild: the published data into a file, so the build reads it instead of
 * starting Payload and querying the database (TRUSTCENTER_SNAPSHOT, site/content.config.ts).
 */
const localBuild = {
  // `npm run build` without npm and tsx: the build bundled once by esbuild, run by plain Node
  // (cms/build/buildWithoutTsx.mjs; tsx cost the build 1.6 s of CPU before it began).
  command: [process.execPath, path.join(projectRoot, 'cms/build/buildWithoutTsx.mjs')],
  cwd: projectRoot,
  debounceMs,
  // The build's process started ahead and waiting (buildWithoutTsx.mjs: Astro imported), in the
  // CMS's server only — not in `next build`'s workers or a script that opens Payload.
  standby:
    env.TRUSTCENTER_REBUILD_STANDBY !== 'off' &&
    Boolean(process.env.NEXT_RUNTIME) &&
    process.env.NEXT_PHASE !== 'phase-production-build',
  prepare: async (payload: Payload) => {
    await writePublishedSnapshot(payload, publishedSnapshotFile)
    return { TRUSTCENTER_SNAPSHOT: publishedSnapshotFile }
  },
}

// How often the CMS looks for due notification jobs (tests of crash recovery shorten it).
const jobsEverySeconds = env.TRUSTCENTER_JOBS_EVERY_SECONDS ?? 10

export default buildConfig({
  secret: payloadSecret(),
  serverURL: env.TRUSTCENTER_CMS_URL ?? '',
  // Saves are trusted from the CMS's own origin, under any loopback name when it runs locally.
  ...(env.TRUSTCENTER_CMS_URL ? { csrf: loopbackOrigins(env.TRUSTCENTER_CMS_URL) } : {}),
  db: databaseAdapter(databaseUri()),
  sharp,
  admin: {
    meta: { titleSuffix: ' · Trust Center' },
    // No Gravatar: editors' e-mail hashes must not go to a third party.
    avatar: 'default',
    // Localised by the user's language (date-fns "PPp"): 31. Dez. 2026, 14:00 / Dec 31, 2026, 2:00 PM.
    dateFormat: 'PPp',
    importMap: {
      baseDir: path.resolve(projectRoot, 'cms'),
      importMapFile: path.resolve(projectRoot, 'cms/app/(payload)/admin/importMap.js'),
    },
  },
  // Committed; regenerate with `npm run payload -- generate:types` after changing a collection
  // (test/integration/payload-types.test.ts fails while it is stale).
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(projectRoot, 'cms/payload-types.ts'),
  },
  telemetry: false,
  // One mail path for Payload's mails and the plugin's: SMTP when configured, else the outbox.
  email: smtpEmailAdapter(env.SMTP_URL, mailFrom),
  // German and English admin: the browser's language first, then the choice in each user's account.
  i18n: { supportedLanguages: { de, en }, fallbackLanguage: 'en' },
  // The static site's forms call the API from the browser; only its origin may (CORS).
  cors: loopbackOrigins(siteUrl),
  // Notifications are jobs; the CMS server runs them every 10 s (tests call payload.jobs.run()).
  // Before each run, jobs and deliveries a killed runner left behind are taken up again.
  // The site's rebuild (debounced, one at a time) has a queue of its own, looked at every second:
  // a lone publication's rebuild is due half a second after it (rebuild/debounce.ts).
  jobs: {
    autoRun:
      env.TRUSTCENTER_JOBS_AUTORUN === 'off'
        ? []
        : [
            { cron: `*/${jobsEverySeconds} * * * * *`, queue: 'default', limit: 50 },
            { cron: '* * * * * *', queue: REBUILD_QUEUE, limit: 1 },
          ],
  },
  logger: { options: { level: env.PAYLOAD_LOG_LEVEL ?? 'info' } },
  plugins: [
    trustCenterPlugin({
      fourEyes: env.TRUSTCENTER_FOUR_EYES !== 'off',
      notifications: {
        from: mailFrom,
        outboxDir: path.join(dataDir, 'outbox'),
        siteUrl,
        cmsUrl: env.TRUSTCENTER_CMS_URL ?? 'http://localhost:3000',
        retryDelayMs: env.TRUSTCENTER_RETRY_DELAY_MS,
        batchWindowMs: env.TRUSTCENTER_BATCH_WINDOW_MS,
        staleJobMs: env.TRUSTCENTER_STALE_JOB_MS,
      },
      webhooks: {
        // Off in production: deliveries go to public addresses over HTTPS only.
        allowPrivateNetworks: env.TRUSTCENTER_WEBHOOKS_ALLOW_PRIVATE === '1',
        allowHttp: env.TRUSTCENTER_WEBHOOKS_ALLOW_HTTP === '1',
        retryDelayMs: env.TRUSTCENTER_WEBHOOKS_RETRY_DELAY_MS,
        disableAfterMs: env.TRUSTCENTER_WEBHOOKS_DISABLE_AFTER_MS,
      },
      mediaDir: path.join(dataDir, 'media'),
      trustedProxies: env.TRUSTCENTER_TRUSTED_PROXIES?.split(',') ?? [],
      importLimits: {
        memoryMb: env.TRUSTCENTER_IMPORT_MEMORY_MB,
        timeoutMs: env.TRUSTCENTER_IMPORT_TIMEOUT_MS,
      },
      rebuild: deployHookUrl
        ? { deployHookUrl, debounceMs }
        : localRebuild
          ? localBuild
          : undefined,
    }),
  ],
})
