import path from 'node:path'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { databaseAdapter } from './database/adapter'
import { databaseUri, dataDir, projectRoot } from './database/paths'
import { payloadSecret } from './database/secret'
import { REBUILD_QUEUE, trustCenterPlugin } from '@trust-center/payload-plugin'

/**
 * The reference CMS app: Payload with the trust center plugin. Publishing rebuilds the static
 * site locally (`npm run build`, which swaps dist/ only on success) unless a deploy hook is set.
 */
const deployHookUrl = process.env.TRUSTCENTER_DEPLOY_HOOK_URL
const siteUrl = process.env.TRUSTCENTER_SITE_URL ?? 'http://localhost:4321'
const localRebuild = process.env.TRUSTCENTER_REBUILD !== 'off'
const debounceMs = process.env.TRUSTCENTER_REBUILD_DEBOUNCE_MS
  ? Number(process.env.TRUSTCENTER_REBUILD_DEBOUNCE_MS)
  : undefined

// How often the CMS looks for due notification jobs (tests of crash recovery shorten it).
const jobsEverySeconds = Number(process.env.TRUSTCENTER_JOBS_EVERY_SECONDS ?? 10)

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.TRUSTCENTER_CMS_URL ?? '',
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
  // Generated types are not committed; generate them on demand with `npm run payload -- generate:types`.
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(projectRoot, 'cms/payload-types.ts'),
  },
  telemetry: false,
  // German and English admin: the browser's language first, then the choice in each user's account.
  i18n: { supportedLanguages: { de, en }, fallbackLanguage: 'en' },
  // The static site's forms call the API from the browser; only its origin may (CORS).
  cors: [new URL(siteUrl).origin],
  // Notifications are jobs; the CMS server runs them every 10 s (tests call payload.jobs.run()).
  // Before each run, jobs and deliveries a killed runner left behind are taken up again.
  // The site's rebuild (debounced, one at a time) has a queue of its own, looked at every 2 s.
  jobs: {
    autoRun:
      process.env.TRUSTCENTER_JOBS_AUTORUN === 'off'
        ? []
        : [
            { cron: `*/${jobsEverySeconds} * * * * *`, queue: 'default', limit: 50 },
            { cron: '*/2 * * * * *', queue: REBUILD_QUEUE, limit: 1 },
          ],
  },
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info' } },
  plugins: [
    trustCenterPlugin({
      fourEyes: process.env.TRUSTCENTER_FOUR_EYES !== 'off',
      notifications: {
        smtpUrl: process.env.SMTP_URL,
        from: process.env.TRUSTCENTER_MAIL_FROM,
        outboxDir: path.join(dataDir, 'outbox'),
        siteUrl,
        cmsUrl: process.env.TRUSTCENTER_CMS_URL || 'http://localhost:3000',
        retryDelayMs: process.env.TRUSTCENTER_RETRY_DELAY_MS
          ? Number(process.env.TRUSTCENTER_RETRY_DELAY_MS)
          : undefined,
        batchWindowMs: process.env.TRUSTCENTER_BATCH_WINDOW_MS
          ? Number(process.env.TRUSTCENTER_BATCH_WINDOW_MS)
          : undefined,
        staleJobMs: process.env.TRUSTCENTER_STALE_JOB_MS
          ? Number(process.env.TRUSTCENTER_STALE_JOB_MS)
          : undefined,
      },
      webhooks: {
        // Off in production: deliveries go to public addresses over HTTPS only.
        allowPrivateNetworks: process.env.TRUSTCENTER_WEBHOOKS_ALLOW_PRIVATE === '1',
        allowHttp: process.env.TRUSTCENTER_WEBHOOKS_ALLOW_HTTP === '1',
        retryDelayMs: process.env.TRUSTCENTER_WEBHOOKS_RETRY_DELAY_MS
          ? Number(process.env.TRUSTCENTER_WEBHOOKS_RETRY_DELAY_MS)
          : undefined,
        disableAfterMs: process.env.TRUSTCENTER_WEBHOOKS_DISABLE_AFTER_MS
          ? Number(process.env.TRUSTCENTER_WEBHOOKS_DISABLE_AFTER_MS)
          : undefined,
      },
      mediaDir: path.join(dataDir, 'media'),
      rebuild: deployHookUrl
        ? { deployHookUrl, debounceMs }
        : localRebuild
          ? { command: ['npm', 'run', '-s', 'build'], cwd: projectRoot, debounceMs }
          : undefined,
    }),
  ],
})
