// @ts-check
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import { astroCacheDir, readEnv } from './cms/env'
import { englishRoutes } from './site/englishRoutes'
import { dataStoreInPieces } from './site/dataStoreInPieces'

/**
 * The static trust center. Data comes from Payload at build time (site/content.config.ts);
 * `npm run build` writes to a staging folder, adds the search index (cms/build/searchIndex.ts)
 * and swaps it into dist/ only when both succeeded (TRUSTCENTER_OUT_DIR is set by cms/build/buildSite.ts).
 */
const env = readEnv()

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: env.TRUSTCENTER_OUT_DIR ?? './dist',
  // The content layer's data store lives here between builds (loader digests); the benchmark uses its own.
  cacheDir: astroCacheDir(env),
  site: env.TRUSTCENTER_SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Pages render while earlier ones are written to disk. At size M (npm run bench, 2 cores),
  // alternating runs: 1 at a time 17.6–23.4 s of rendering, 4: 14.7–17.1 s, 8: 10.7–18.8 s,
  // 16: 14.1–15.1 s against 8's 16.9–18.8 s in the same minutes.
  build: { format: 'directory', concurrency: 16 },
  // German at /, English at /en/: englishRoutes() serves each page of site/pages/ under /en/ as
  // well, from the same file; pages and components read Astro.currentLocale.
  i18n: { locales: ['de', 'en'], defaultLocale: 'de', routing: { prefixDefaultLocale: false } },
  integrations: [mdx(), englishRoutes()],
  devToolbar: { enabled: false },
  // A rebuild re-renders only the pages whose cacheKey (site/lib/data.ts: the company's data
  // digests and the day) or code changed; the others are copied from the cache in cacheDir.
  experimental: { incrementalBuild: true },
  vite: {
    plugins: [dataStoreInPieces()],
    build: {
      rolldownOptions: {
        // Astro marks MDX content modules with a directive that Rolldown warns it may not keep;
        // harmless, known upstream (withastro/astro#18087), and printed on every build otherwise.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return
          warn(warning)
        },
      },
    },
  },
})
