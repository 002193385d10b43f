import { rm } from 'node:fs/promises'
import path from 'node:path'
import { databaseUri } from '../database/paths'
import { assertSqliteFileUsable } from '../database/readiness'
import { astroBuild } from './astroBuild'
import { buildSearchIndex } from './searchIndex'
import { swapDirectory } from './swapDirectory'

export interface BuildSiteOptions {
  root: string
  /** The published site; replaced only when the whole build succeeded. */
  outDir: string
}

/**
 * Builds the static site (pages, feeds, search index) into a staging folder next to `outDir`
 * and swaps it in on success. On any failure `outDir` is untouched — the previous site stays
 * online — and the error says why. TRUSTCENTER_SEARCH=off leaves the search index out (the
 * benchmark times it separately).
 */
export async function buildSite({ root, outDir }: BuildSiteOptions): Promise<void> {
  assertSqliteFileUsable(databaseUri()) // fail before Astro starts when the file is missing or not SQLite
  const staging = path.join(path.dirname(outDir), `${path.basename(outDir)}-staging-${process.pid}`)
  await rm(staging, { recursive: true, force: true })
  process.env.TRUSTCENTER_OUT_DIR = staging
  delete process.env.TRUSTCENTER_TYPES_ONLY // a build always loads real data
  try {
    const quiet = Boolean(process.env.TRUSTCENTER_BUILD_QUIET)
    await astroBuild(root, staging, quiet ? 'warn' : 'info')
    if (process.env.TRUSTCENTER_SEARCH !== 'off') {
      // After Astro's process has ended, so the two never hold their memory at the same time.
      const started = performance.now()
      const { pages } = await buildSearchIndex(staging)
      if (!quiet) process.stdout.write(`Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms\n`)
    }
    await swapDirectory(staging, outDir)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
