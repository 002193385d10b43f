import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/**
 * The Pagefind search index over a built site (pages with `data-pagefind-body` only). Any
 * indexing error, or an index with no pages, throws: a trust center without search is broken.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number }> {
  const { createIndex, close } = await import('pagefind')
  try {
    const { index, errors } = await createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: site })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
    if (added.page_count === 0) throw new Error('Pagefind found no pages to index (no element with data-pagefind-body?)')
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return { pages: added.page_count }
  } finally {
    await close()
  }
}

/**
 * Builds the search index in `astro:build:done`. TRUSTCENTER_SEARCH=off leaves it out (the
 * benchmark times Pagefind separately).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'trust-center-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.TRUSTCENTER_SEARCH === 'off') return logger.info('Search index left out (TRUSTCENTER_SEARCH=off)')
        const started = performance.now()
        const { pages } = await buildSearchIndex(fileURLToPath(dir))
        logger.info(`Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`)
      },
    },
  }
}
