/**
 * Astro's incremental build keeps a copy of every page it renders in its cache folder and, on a
 * rebuild, copies unchanged pages back into the new output. Here both steps make a hard link to
 * the same file instead: no second file per page, no bytes copied. On these machines creating
 * files is a large part of a build (`astro build` at size M renders in about half the time on a
 * tmpfs), and a rebuild restores some 43,000 pages at size L.
 *
 * Safe because nothing writes into a page after Astro (the search page's preloads replace it by a
 * new file, searchPreloads.ts): every build writes into a fresh staging
 * folder (buildSite.ts), a re-rendered page is a new file that replaces its cache entry (rename),
 * and pruning a cache entry only unlinks it. Anything that cannot link (cache and output on
 * different file systems, an Astro without these methods) falls back to Astro's own copy.
 *
 * Patches `IncrementalBuildCache` of the installed Astro (astro/dist/core/build/incremental.js,
 * not an exported path: the pinned version's internals). It refuses any other Astro than the one
 * it was written for, or one whose patched methods read differently, and then says so in the
 * build log and leaves Astro's own copy in place (test/unit/linkedPageCache.test.ts fails first).
 */
import { createHash } from 'node:crypto'
import { link, mkdir, readFile, rename, rm, unlink } from 'node:fs/promises'

const METHODS = ['writeOutputFile', 'restoreOutputFile', 'deleteOutputFile']

/**
 * The Astro this patch was written for, and sha256 over the source of the methods it wraps
 * (`methodsHash`). After upgrading Astro, read the new methods and their callers in
 * core/build/generate.js, then record the new version and hash here.
 */
export const WRITTEN_FOR = {
  astro: '7.3.5',
  methods: 'd5ba536523cc7dc6debefe81a3f723b2a5c1decde8ea38dfb00ccaf6cc7cf3eb',
}

/** sha256 over the source text of the wrapped methods, as the installed Astro has them. */
function methodsHash(proto) {
  const source = METHODS.map((method) => String(proto?.[method])).join('\n')
  return createHash('sha256').update(source).digest('hex')
}

/** Why the patch must not touch this Astro (a sentence for the build log), or null. */
export function refusal(installed, writtenFor = WRITTEN_FOR) {
  if (installed.astro !== writtenFor.astro)
    return `written for Astro ${writtenFor.astro}, this is Astro ${installed.astro}`
  if (installed.methods !== writtenFor.methods)
    return `Astro ${installed.astro}'s ${METHODS.join(', ')} are not the ones it was written for`
  return null
}

/** The installed Astro's version and IncrementalBuildCache, or null where they cannot be read. */
export async function installedAstro() {
  try {
    const entry = import.meta.resolve('astro')
    const { version } = JSON.parse(await readFile(new URL('../package.json', entry), 'utf8'))
    const { IncrementalBuildCache } = await import(
      new URL('./core/build/incremental.js', entry).href
    )
    const proto = IncrementalBuildCache?.prototype
    return { astro: String(version), methods: methodsHash(proto), proto }
  } catch {
    return null
  }
}

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

/**
 * Applies the patch to the installed Astro; returns whether it is active. A refusal is logged:
 * the build goes on with Astro's copies.
 */
export async function linkPageCache({ writtenFor = WRITTEN_FOR, log = console.warn } = {}) {
  const installed = await installedAstro()
  const reason = installed ? refusal(installed, writtenFor) : 'Astro internals not found'
  if (reason) {
    log(`Linked page cache off (${reason}): Astro copies cached pages itself.`)
    return false
  }
  const { proto } = installed
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
