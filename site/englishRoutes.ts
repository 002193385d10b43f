import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/**
 * The English pages: each German page of `site/pages/` (an `.astro` file, at `/`) is also served
 * under `/en/`, from the same file. There are no English copies of the page files; the page and
 * its views take the language from the URL (`Astro.currentLocale` through `localeOf`, and in
 * getStaticPaths `localeOfRoute`, both in site/lib/i18n.ts).
 *
 * Left out: endpoints (`.ts`: feeds, JSON, CSV — data, one address each) and `404.astro`, the one
 * not-found page of both languages (a static host serves a single one).
 *
 * Astro keys a page's build data, its getStaticPaths cache and its incremental-build entries by
 * route and file together, so one file may serve two routes (astro/dist/core/build/page-data.js,
 * core/render/route-cache.js, core/build/incremental.js).
 */

const pagesFolder = fileURLToPath(new URL('./pages/', import.meta.url))
const NOT_TRANSLATED = new Set(['404.astro'])

/** The English route of a German page file (relative to site/pages/, `/` as separator). */
export function englishPattern(file: string): string {
  const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')
  return route ? `/en/${route}` : '/en'
}

/** The German page files that get an English route, relative to site/pages/, sorted. */
export function translatedPages(files: readonly string[]): string[] {
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.astro') && !NOT_TRANSLATED.has(file))
    .filter((file) => !file.startsWith('en/')) // the language prefix is the integration's
    .sort()
}

/** Adds `/en/…` for every German page (astro.config.mjs). */
export function englishRoutes(): AstroIntegration {
  return {
    name: 'trust-center:english-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        const files = readdirSync(pagesFolder, { recursive: true, encoding: 'utf8' })
        for (const file of translatedPages(files))
          injectRoute({
            pattern: englishPattern(file),
            entrypoint: path.join(pagesFolder, file),
          })
      },
    },
  }
}
