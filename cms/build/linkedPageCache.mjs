/**
 * Astro's incremental build keeps a copy of every page it renders in its cache folder and, on a
 * rebuild, copies unchanged pages back into the new output. Here both steps make a hard link to
 * the same file instead: no second file per page, no bytes copied. On these machines creating
 * files is a large part of a build (`astro build` at size M renders in about half the time on a
 * tmpfs), and a rebuild restores some 43,000 pages at size L.
 *
 * Safe because nothing writes into a page after Astro: every build writes into a fresh staging
 * folder (buildSite.ts), a re-rendered page is a new file that replaces its cache entry (rename),
 * and pruning a cache entry only unlinks it. Anything that cannot link (cache and output on
 * different file systems, an Astro without these methods) falls back to Astro's own copy.
 *
 * Patches `IncrementalBuildCache` of the installed Astro (astro/dist/core/build/incremental.js,
 * not an exported path: the pinned version's internals). Returns whether the patch is active.
 */
import { createHash } from 'node:crypto'
import { link, mkdir, rename, rm, unlink } from 'node:fs/promises'

/**
 * Where the cache keeps a page (`outputFile` as Astro names it, e.g. `acme/toms/index.html`),
 * relative to the cache folder. Astro mirrors the output's folders, one per page; the links go
 * into 256 folders by a hash of the path instead, as a folder is one more file to create. Entries
 * in Astro's own layout (a cache written without this patch) are still restored and pruned by
 * Astro's code.
 */
export function cachedPagePath(outputFile) {
  const hash = createHash('sha1').update(outputFile).digest('hex')
  return `pages/${hash.slice(0, 2)}/${hash.slice(2)}.html`
}

export async function linkPageCache() {
  let IncrementalBuildCache
  try {
    ;({ IncrementalBuildCache } = await import(
      new URL('./core/build/incremental.js', import.meta.resolve('astro')).href
    ))
  } catch {
    return false
  }
  const proto = IncrementalBuildCache?.prototype
  if (
    !['writeOutputFile', 'restoreOutputFile', 'deleteOutputFile'].every(
      (method) => typeof proto?.[method] === 'function',
    )
  )
    return false
  const { writeOutputFile, restoreOutputFile, deleteOutputFile } = proto
  const cachedFile = (settings, outputFile) =>
    new URL(cachedPagePath(outputFile), settings.config.cacheDir)
  const folders = new Set()
  const ensureFolder = async (file) => {
    const folder = new URL('./', file)
    if (folders.has(folder.href)) return
    await mkdir(folder, { recursive: true })
    folders.add(folder.href)
  }

  // Astro calls this right after writing the page to outDir/outputFile with this body.
  proto.writeOutputFile = async function (settings, outputFile, body) {
    const cached = cachedFile(settings, outputFile)
    const temporary = new URL(`${cached.href}.${process.pid}.link`)
    try {
      await ensureFolder(cached)
      await link(new URL(outputFile, settings.config.outDir), temporary)
      await rename(temporary, cached) // replaces an older entry in one step
    } catch {
      await unlink(temporary).catch(() => {})
      // An entry linked by an earlier build would be restored before Astro's fresh copy.
      await rm(cached, { force: true })
      return writeOutputFile.call(this, settings, outputFile, body)
    }
  }

  proto.restoreOutputFile = async function (settings, outputFile, destination) {
    try {
      await ensureFolder(destination)
      await link(cachedFile(settings, outputFile), destination)
      return true
    } catch {
      return restoreOutputFile.call(this, settings, outputFile, destination) // false when not cached
    }
  }
  proto.deleteOutputFile = async function (settings, outputFile) {
    await rm(cachedFile(settings, outputFile), { force: true })
    return deleteOutputFile.call(this, settings, outputFile)
  }
  return true
}
