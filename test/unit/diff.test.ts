import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffVersions, prepareVersion } from '../../cms/domain/diff'
import {
  bagOf,
  normalise,
  similarity,
  similarityBound,
  wordsOfNormalised,
} from '../../cms/domain/diff/similarity'
import { parseTom } from '../../cms/domain/parser'
import { summarizeDiff } from '../helpers/diffSummary'

/** Golden cases: fixtures/diff/<case>/to.txt against fixtures/diff/base.txt, expected.txt beside. */
const dir = path.join(import.meta.dirname, '../fixtures/diff')
const doc = (file: string) => parseTom(readFileSync(file, 'utf8')).document
const base = doc(path.join(dir, 'base.txt'))
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()

describe('version diff (golden)', () => {
  it('has the six required cases', () =>
    expect(cases).toEqual([
      'identical',
      'moving',
      'renamed',
      'reordering',
      'rewording',
      'splitting',
    ]))
  for (const name of cases) {
    it(name, () => {
      const diff = diffVersions(base, doc(path.join(dir, name, 'to.txt')))
      expect(summarizeDiff(diff)).toBe(readFileSync(path.join(dir, name, 'expected.txt'), 'utf8'))
    })
  }

  it('gives the same diffs from prepared versions, each used in several diffs and against itself', () => {
    const preparedBase = prepareVersion(base)
    const prepared = cases.map((name) => prepareVersion(doc(path.join(dir, name, 'to.txt'))))
    for (let round = 0; round < 2; round++) {
      cases.forEach((name, i) => {
        expect(JSON.stringify(diffVersions(preparedBase, prepared[i]!))).toBe(
          JSON.stringify(diffVersions(base, doc(path.join(dir, name, 'to.txt')))),
        )
        expect(JSON.stringify(diffVersions(prepared[i]!, preparedBase))).toBe(
          JSON.stringify(diffVersions(doc(path.join(dir, name, 'to.txt')), base)),
        )
      })
    }
    const self = diffVersions(preparedBase, preparedBase)
    expect(self.identical).toBe(true)
    expect(JSON.stringify(self)).toBe(JSON.stringify(diffVersions(base, base)))
  })

  it('is deterministic', () => {
    const to = doc(path.join(dir, 'splitting/to.txt'))
    expect(JSON.stringify(diffVersions(base, to))).toBe(JSON.stringify(diffVersions(base, to)))
  })

  it('finds changes between two real seeds of different companies without losing a measure', () => {
    const seeds = path.join(import.meta.dirname, '../../content/seeds')
    const a = doc(path.join(seeds, '001_9cbea00c7f08fde5.txt'))
    const b = doc(path.join(seeds, '003_e6da5ca818631ae4.txt'))
    const diff = diffVersions(a, b)
    const measures = (d: typeof a) =>
      d.sections.flatMap((s) =>
        s.controls.flatMap((c) => [...c.measures, ...c.groups.flatMap((g) => g.measures)]),
      ).length
    expect(
      diff.counts.added + diff.counts.changed + diff.counts.moved + diff.counts.unchanged,
    ).toBe(measures(b))
    expect(
      diff.counts.removed + diff.counts.changed + diff.counts.moved + diff.counts.unchanged,
    ).toBe(measures(a))
  })
})

describe('measure similarity', () => {
  const bag = (text: string) => bagOf(wordsOfNormalised(normalise(text)))

  it('is Dice over words, counting a repeated word as often as both texts have it', () => {
    expect(similarity(bag('Zugang per Karte'), bag('zugang  per KARTE'))).toBe(1)
    expect(similarity(bag('a a b'), bag('a c'))).toBeCloseTo((2 * 1) / 5)
    expect(similarity(bag('a a b'), bag('a a c'))).toBeCloseTo((2 * 2) / 6)
    expect(similarity(bag(''), bag(''))).toBe(1)
    expect(similarity(bag('a'), bag(''))).toBe(0)
  })

  it('never exceeds the bound the matcher uses to skip candidates', () => {
    const words = ['zutritt', 'karte', 'server', 'protokoll', 'backup', 'a']
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const text = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => words[Math.floor(random() * words.length)],
      ).join(' ')
    for (let i = 0; i < 500; i++) {
      const [a, b] = [bag(text()), bag(text())]
      expect(similarity(a, b)).toBeLessThanOrEqual(similarityBound(a, b))
    }
  })
})
