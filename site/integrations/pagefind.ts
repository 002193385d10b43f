import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/**
 * Builds the Pagefind search index over the finished site in `astro:build:done`. Any indexing
 * error, or an index with no pages, fails the build: a trust center without search is broken.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'trust-center-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind')
        const site = fileURLToPath(dir)
        const started = performance.now()
        try {
          const { index, errors } = await createIndex({})
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
          const added = await index.addDirectory({ path: site })
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
          if (added.page_count === 0) throw new Error('Pagefind found no pages to index (no element with data-pagefind-body?)')
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
          logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`)
        } finally {
          await close()
        }
      },
    },
  }
}
