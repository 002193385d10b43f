/** Cheap, deterministic text similarity for matching reworded measures (Dice over words). */

export const normalise = (text: string) =>
  text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()

/** The words of a normalised text (the diff has a measure's normalised key at hand: no second pass). */
export const wordsOfNormalised = (normalised: string): string[] =>
  normalised.match(/[\p{L}\p{N}]+/gu) ?? []

/** A text's words with their counts: built once per measure, compared with many others. */
export interface WordBag {
  counts: Map<string, number>
  size: number
}

export function bagOf(words: string[]): WordBag {
  const counts = new Map<string, number>()
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1)
  return { counts, size: words.length }
}

/** 2·|common words| / (|a| + |b|), counting repeated words; 1 for equal texts, 0 for disjoint. */
export function similarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 && b.size === 0) return 1
  const [fewer, more] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let common = 0
  for (const [word, n] of fewer.counts) common += Math.min(n, more.counts.get(word) ?? 0)
  return (2 * common) / (a.size + b.size)
}

/** The most `similarity` can be for texts of these lengths: candidates below it need no counting. */
export const similarityBound = (a: WordBag, b: WordBag): number =>
  a.size + b.size === 0 ? 1 : (2 * Math.min(a.size, b.size)) / (a.size + b.size)
