/** Cheap, deterministic text similarity for matching reworded measures (Dice over words). */

export const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()

/** The words of a normalised text (the diff has a measure's normalised key at hand: no second pass). */
export const wordsOfNormalised = (normalised: string): string[] => normalised.match(/[\p{L}\p{N}]+/gu) ?? []

/** 2·|common words| / (|a| + |b|), counting repeated words; 1 for equal texts, 0 for disjoint. */
export function similarity(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1
  const counts = new Map<string, number>()
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of b) {
    const n = counts.get(w)
    if (n) {
      common++
      counts.set(w, n - 1)
    }
  }
  return (2 * common) / (a.length + b.length)
}
