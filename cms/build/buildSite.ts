import { rm } from 'node:fs/promises'
import { operatorFromEnv, PLACEHOLDER_WARNING } from '@trust-center/core/operator'
import path from 'node:path'
import { databaseUri } from '../database/paths'
import { assertSqliteFileUsable } from '../database/sqliteFileCheck'
import { astroCacheDir, readEnv } from '../env'
import { astroBuild } from './astroBuild'
import { withBuildLock } from './buildLock'
import { SEARCH_LANGUAGES } from '@trust-center/core/searchBundles'
import { carryOverSearchIndexes, reindexLiveSite } from './liveSearchIndex'
import { buildSearchIndex, closeSearchIndexes, startSearchIndexes } from './searchIndex'
import { writeSiteHeaders } from './siteHeaders'
import { siteScriptHashes } from './scriptHashes'
import { setAside, swapDirectory } from './swapDirectory'

export interface BuildSiteOptions {
  root: string
  /** The published site; replaced only when the whole build succeeded. */
  outDir: string
}

/**
 * Astro lists the images and modules of the content store in `.astro/` under the project root,
 * not in the cache folder with the store, and rewrites those lists only when the store changed.
 * A build from another database or cache folder (the benchmark, a test) left its own lists there,
 * and the next build with an unchanged store failed on a logo missing from them. Without the files,
 * Astro writes them from the store it loaded.
 */
async function forgetGeneratedImports(root: string): Promise<void> {
  await Promise.all(
    ['content-assets.mjs', 'content-modules.mjs'].map((file) =>
      rm(path.join(root, '.astro', file), { force: true }),
    ),
  )
}

/** Without the public address, what leaves the site (feeds, links in them) points to no site. */
const SITE_URL_WARNING =
  "Warning: TRUSTCENTER_SITE_URL is not set: the feeds, /.well-known/trust-center.json and the pages' absolute links point to http://localhost:4321/. Set it to the trust center's public address before publishing."

/**
 * Builds the static site (pages, feeds, search index) into a staging folder next to `outDir`
 * and swaps it in on success. On any failure `outDir` is untouched — the previous site stays
 * online — and the error says why. When `outDir` has a search index, the new pages go live with
 * it and the new index follows them (liveSearchIndex.ts); should that fail, the new pages stay
 * with the previous index and the build fails. TRUSTCENTER_SEARCH=off leaves the search index
 * out (the benchmark times it separately). One build at a time per site (buildLock.ts).
 */
export async function buildSite({ root, outDir }: BuildSiteOptions): Promise<void> {
  assertSqliteFileUsable(databaseUri()) // fail before Astro starts when the file is missing or not SQLite
  if (!operatorFromEnv(readEnv())) process.stderr.write(`${PLACEHOLDER_WARNING}\n`) // (an incomplete configuration throws)
  if (!readEnv().TRUSTCENTER_SITE_URL) process.stderr.write(`${SITE_URL_WARNING}\n`)
  const quiet = Boolean(readEnv().TRUSTCENTER_BUILD_QUIET)
  await withBuildLock(`${outDir}.build-lock`, () => buildLocked(root, outDir, quiet), {
    onWait: (holder) =>
      process.stdout.write(`Waiting for the build of process ${holder} to finish…\n`),
  })
}

/** Milliseconds of each step of a build, printed in one line (the CMS's rebuild log keeps it). */
function phaseClock() {
  const phases: string[] = []
  let last = performance.now()
  return {
    lap(name: string) {
      const now = performance.now()
      phases.push(`${name} ${Math.round(now - last)} ms`)
      last = now
    },
    line: () => `Build steps: ${phases.join(', ')}\n`,
  }
}

async function buildLocked(root: string, outDir: string, quiet: boolean): Promise<void> {
  const clock = phaseClock()
  // Always the same folder: Astro's incremental build hashes what a page imports, and for pages
  // with images that includes the output folder — a new name per build re-rendered them all.
  const staging = `${outDir}-staging`
  await setAside(staging, outDir) // what a build that died left
  process.env.TRUSTCENTER_OUT_DIR = staging
  delete process.env.TRUSTCENTER_TYPES_ONLY // a build always loads real data
  await forgetGeneratedImports(root)
  clock.lap('start')
  const search = readEnv().TRUSTCENTER_SEARCH !== 'off'
  // Pagefind's processes start while Astro builds; they hold next to no memory until pages come.
  const indexes = startSearchIndexes(search ? [...SEARCH_LANGUAGES] : [])
  const report = (indexed: IndexedPages, started: number) =>
    quiet ? undefined : process.stdout.write(searchIndexLine(indexed, started))
  try {
    await astroBuild(root, staging, quiet ? 'warn' : 'info')
    clock.lap('astro')
    const scriptHashes = await siteScriptHashes(staging, path.resolve(root, astroCacheDir()))
    // After Astro's process has ended, so the two never hold their memory at the same time.
    const pagesFirst = search && (await carryOverSearchIndexes(outDir, staging))
    if (search && !pagesFirst) {
      const started = performance.now()
      report(await buildSearchIndex(staging, { started: indexes }), started)
      clock.lap('search index')
    }
    await writeSiteHeaders(staging, scriptHashes)
    await swapDirectory(staging, outDir)
    clock.lap(pagesFirst ? 'pages live' : 'headers and swap')
    if (pagesFirst) {
      const started = performance.now()
      report(await reindexLiveSite(outDir, indexes), started)
      clock.lap('search index')
    }
    if (!quiet) process.stdout.write(clock.line())
  } finally {
    await closeSearchIndexes(indexes) // when Astro failed (buildSearchIndex closes its own)
    await setAside(staging, outDir) // after a failure; gone after a swap
  }
}

type IndexedPages = Awaited<ReturnType<typeof buildSearchIndex>>

function searchIndexLine({ pages, languages }: IndexedPages, started: number): string {
  const each = Object.entries(languages)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, n]) => `${language} ${n}`)
    .join(', ')
  return `Search index: ${pages} pages (${each}) in ${Math.round(performance.now() - started)} ms\n`
}
