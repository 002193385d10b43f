import { mkdir, mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteScriptHashes } from '../../cms/build/scriptHashes'
import { inlineScriptHashes } from '../../cms/domain/security/inlineScripts'

const page = (script: string) => `<html><head><script>${script}</script></head></html>`
const folders = async () =>
  [
    await mkdtemp(path.join(tmpdir(), 'script-hashes-site-')),
    await mkdtemp(path.join(tmpdir(), 'script-hashes-cache-')),
  ] as const
const hashOf = (script: string) => inlineScriptHashes(page(script))[0]!

async function writePage(site: string, route: string, script: string, mtime?: Date) {
  const file = path.join(site, route, 'index.html')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, page(script))
  if (mtime) await utimes(file, mtime, mtime)
}

describe("the CSP's script hashes of a built site (cms/build/scriptHashes.ts)", () => {
  it('reads every page without a record, then only the pages written since', async () => {
    const [site, cache] = await folders()
    const earlier = new Date(Date.now() - 60_000)
    await writePage(site, 'a', 'theme()', earlier)
    await writePage(site, 'b', 'toggle()', earlier)
    expect(await siteScriptHashes(site, cache)).toEqual(
      new Set([hashOf('theme()'), hashOf('toggle()')]),
    )
    const record = JSON.parse(await readFile(path.join(cache, 'inline-script-hashes.json'), 'utf8'))
    expect(record.hashes).toHaveLength(2)

    // The next build: `a` restored from the cache (its old write time; its content is not read,
    // as the changed text shows), `c` newly written.
    await writePage(site, 'a', 'notRead()', earlier)
    await new Promise((r) => setTimeout(r, 20))
    await writePage(site, 'c', 'compare()')
    expect(await siteScriptHashes(site, cache)).toEqual(
      new Set([hashOf('theme()'), hashOf('toggle()'), hashOf('compare()')]),
    )
  })

  it('reads a page written after the record, by a build that did not finish', async () => {
    const [site, cache] = await folders()
    await writePage(site, 'a', 'theme()', new Date(Date.now() - 60_000))
    await siteScriptHashes(site, cache)
    await new Promise((r) => setTimeout(r, 20))
    await writePage(site, 'b', 'late()') // as a failed build left it in the cache
    expect(await siteScriptHashes(site, cache)).toContain(hashOf('late()'))
  })
})
