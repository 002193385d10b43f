import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { inlineScriptHashes } from '@trust-center/core/security/inlineScripts'
import { eachConcurrently } from './eachConcurrently'
import { htmlFilesUnder } from './searchIndex'

/** Beside Astro's page cache: the hashes of every inline script its pages have had. */
const RECORD = 'inline-script-hashes.json'
const Record = z.object({ writtenAt: z.number(), hashes: z.array(z.string()) })

async function readRecord(cacheDir: string): Promise<z.infer<typeof Record> | null> {
  try {
    return Record.parse(JSON.parse(await readFile(path.join(cacheDir, RECORD), 'utf8')))
  } catch {
    return null // none yet, or unreadable: every page is read
  }
}

/**
 * The CSP hashes ('sha256-…') of a built site's inline scripts, recorded beside Astro's cache for
 * the next build. A page restored from the cache is a hard link to what an earlier build wrote,
 * keeping that write's time: a page last written before the record was read by the build that
 * made it, so only pages written since are read (size L rebuild: 28,000 pages, ~4 s → a few).
 * Without a record, every page is read. A hash stays recorded once seen: a script no page has any
 * longer is still allowed, never the other way round.
 */
export async function siteScriptHashes(site: string, cacheDir: string): Promise<Set<string>> {
  const record = await readRecord(cacheDir)
  const hashes = new Set(record?.hashes)
  const startedAt = Date.now()
  await eachConcurrently(await htmlFilesUnder(site), 32, async (file) => {
    const page = path.join(site, file)
    if (record && (await stat(page)).mtimeMs < record.writtenAt) return
    for (const hash of inlineScriptHashes(await readFile(page, 'utf8'))) hashes.add(hash)
  })
  await mkdir(cacheDir, { recursive: true })
  const temporary = path.join(cacheDir, `${RECORD}.${process.pid}`)
  await writeFile(temporary, JSON.stringify({ writtenAt: startedAt, hashes: [...hashes].sort() }))
  await rename(temporary, path.join(cacheDir, RECORD))
  return hashes
}
