import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)))
  return out
}

export async function sizeOf(dir: string): Promise<number> {
  let total = 0
  for (const f of await filesUnder(dir)) total += (await stat(path.join(dir, f))).size
  return total
}

/** Median and maximum gzipped size of the HTML pages. */
export async function htmlSizes(
  dir: string,
  pages: string[],
): Promise<{ median: number; max: number }> {
  const sizes: number[] = []
  for (const p of pages) sizes.push(gzipSync(await readFile(path.join(dir, p))).length)
  sizes.sort((a, b) => a - b)
  return { median: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes[sizes.length - 1] ?? 0 }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** One company's pages: HTML in each language plus its versions' `.json` (language-neutral, counted once). */
export async function companyPages(
  dist: string,
  company: string,
): Promise<{ pages: number; versions: number; perLanguage: number }> {
  const html = async (dir: string) =>
    (await filesUnder(dir).catch(() => [])).filter((f) => f.endsWith('.html')).length
  const versions = (await readdir(path.join(dist, company, 'toms'))).filter((f) =>
    f.endsWith('.json'),
  ).length
  const [de, en] = [
    await html(path.join(dist, company)),
    await html(path.join(dist, 'en', company)),
  ]
  return { pages: de + en + versions, versions, perLanguage: Math.max(de, en) + versions }
}
