import { existsSync } from 'node:fs'
import { link, mkdir, readdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { SEARCH_LANGUAGES, searchBundlePath } from '@trust-center/core/searchBundles'
import { removeInBackground } from './removeInBackground'
import { buildSearchIndex, type StartedIndexes } from './searchIndex'
import { writeSearchPreloads } from './searchPreloads'
import { asideName } from './swapDirectory'

/**
 * A rebuild puts the new pages live before their search index is written: the live site's index
 * goes along with them, and the new one is swapped in once it is done (size L: 20 s of Pagefind
 * off the way from publish to live). Until then search finds what it found before the rebuild.
 */

const bundleFolder = (site: string, language: string) =>
  path.join(site, ...searchBundlePath(language).split('/'))

/** A folder tree as hard links: an index's files are never written again, only replaced. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  const entries = await readdir(from, { withFileTypes: true })
  await Promise.all(
    entries.map((entry) => {
      const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)]
      return entry.isDirectory() ? linkTree(source, target) : link(source, target)
    }),
  )
}

/**
 * Links the live site's search index of every language into the staging site, with the search
 * pages' preloads pointing to it. False when the live site lacks one (a first build, a build
 * without search): then the index must be built before the pages go live.
 */
export async function carryOverSearchIndexes(live: string, staging: string): Promise<boolean> {
  const entry = (language: string) => path.join(bundleFolder(live, language), 'pagefind-entry.json')
  if (!SEARCH_LANGUAGES.every((language) => existsSync(entry(language)))) return false
  await Promise.all(
    SEARCH_LANGUAGES.map((language) =>
      linkTree(bundleFolder(live, language), bundleFolder(staging, language)),
    ),
  )
  await writeSearchPreloads(staging, [...SEARCH_LANGUAGES])
  return true
}

/**
 * Indexes the live site again and swaps each language's new index in: written beside the site,
 * moved into place by two renames, the old one deleted in the background; then the search pages'
 * preloads point to it.
 */
export async function reindexLiveSite(
  live: string,
  started: StartedIndexes,
): Promise<Awaited<ReturnType<typeof buildSearchIndex>>> {
  const next = asideName(live) // a build that dies here leaves it to the next build to delete
  try {
    const indexed = await buildSearchIndex(live, { started, writeTo: next })
    const languages = Object.keys(indexed.languages)
    for (const language of languages) {
      const [current, replacement] = [bundleFolder(live, language), bundleFolder(next, language)]
      if (existsSync(current)) await rename(current, `${replacement}-previous`)
      await rename(replacement, current)
    }
    await writeSearchPreloads(live, languages)
    return indexed
  } finally {
    removeInBackground([next])
  }
}
