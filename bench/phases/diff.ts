/**
 * Benchmark phase (child process): the diff of two versions, timed in a process of its own: in
 * the benchmark's main process, after it had read and gzipped every built page, the same diff
 * took up to twice as long (size L: 21.7 ms against 11.8 ms here).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { diffVersions } from '@trust-center/core/diff/diffVersions'
import { parseTom } from '@trust-center/core/parser/parse'
import { revise } from '../generate'
import { median } from '../measure'

const root = path.resolve(import.meta.dirname, '../..')
const seedText = readFileSync(path.join(root, 'content/seeds/004_614166a4a244b079.txt'), 'utf8')
const older = parseTom(revise(seedText, 0, 3)).document
const newer = parseTom(revise(seedText, 0, 4)).document
// Eight times the largest seed: a document far larger than any real one.
const big = (k: number) =>
  parseTom(Array.from({ length: 8 }, () => revise(seedText, 0, k)).join('\n\n')).document
const [bigOlder, bigNewer] = [big(3), big(4)]
// Median of 200 after 20 to warm up the JIT: single runs on this shared machine vary threefold.
const timeDiff = (a: typeof older, b: typeof older) => {
  for (let i = 0; i < 20; i++) diffVersions(a, b)
  return median(
    Array.from({ length: 200 }, () => {
      const t = performance.now()
      diffVersions(a, b)
      return performance.now() - t
    }),
  )
}
const countMeasures = (d: typeof older) =>
  d.sections
    .flatMap((s) => s.controls)
    .reduce(
      (n, c) => n + c.measures.length + c.groups.reduce((m, g) => m + g.measures.length, 0),
      0,
    )
const figures = {
  diffMs: timeDiff(older, newer),
  diffMeasures: [countMeasures(older), countMeasures(newer)],
  largeDiffMs: timeDiff(bigOlder, bigNewer),
  largeDiffMeasures: [countMeasures(bigOlder), countMeasures(bigNewer)],
}
process.stdout.write(`${JSON.stringify(figures)}\n`)
process.exit(0)
