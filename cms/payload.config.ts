import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { databaseAdapter } from './database/adapter'
import { databaseUri, dataDir, projectRoot } from './database/paths'
import { payloadSecret } from './database/secret'
import { trustCenterPlugin } from './plugin/index'

/**
 * The reference CMS app: Payload with the trust center plugin. Publishing rebuilds the static
 * site locally (`npm run build`, which swaps dist/ only on success) unless a deploy hook is set.
 */
const deployHookUrl = process.env.TRUSTCENTER_DEPLOY_HOOK_URL
const localRebuild = process.env.TRUSTCENTER_REBUILD !== 'off'
const debounceMs = process.env.TRUSTCENTER_REBUILD_DEBOUNCE_MS ? Number(process.env.TRUSTCENTER_REBUILD_DEBOUNCE_MS) : undefined

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.TRUSTCENTER_CMS_URL ?? '',
  db: databaseAdapter(databaseUri()),
  sharp,
  admin: {
    meta: { titleSuffix: ' · Trust Center' },
    // No Gravatar: editors' e-mail hashes must not go to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(projectRoot, 'cms'), importMapFile: path.resolve(projectRoot, 'cms/app/(payload)/admin/importMap.js') },
  },
  // Generated types are not committed; generate them on demand with `npm run payload -- generate:types`.
  typescript: { autoGenerate: false, outputFile: path.resolve(projectRoot, 'cms/payload-types.ts') },
  telemetry: false,
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info' } },
  plugins: [
    trustCenterPlugin({
      fourEyes: process.env.TRUSTCENTER_FOUR_EYES !== 'off',
      mediaDir: path.join(dataDir, 'media'),
      rebuild: deployHookUrl
        ? { deployHookUrl, debounceMs }
        : localRebuild
          ? { command: ['npm', 'run', '-s', 'build'], cwd: projectRoot, debounceMs }
          : undefined,
    }),
  ],
})
