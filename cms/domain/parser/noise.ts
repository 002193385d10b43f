import { type ImportNote, note } from '../import/notes'

/**
 * Lines that text copied from Word or PDF carries along but that are not content: page numbers
 * and headers or footers repeated on every page. They are reported as skipped, never dropped
 * silently.
 */

const PAGE_NUMBER =
  /^(?:(?:seite|page|s\.)\s*\d{1,4}(?:\s*(?:von|of|\/)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*\/\s*\d{1,4})$/i

/** Index of each noise line → why it is noise. */
export function findNoise(lines: readonly string[]): Map<number, ImportNote> {
  const noise = new Map<number, ImportNote>()
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || !PAGE_NUMBER.test(line)) return
    // A bare number is a page number only when it stands alone between blank lines or at a page break.
    const isolated = (lines[i - 1] ?? '').trim() === '' || (lines[i + 1] ?? '').trim() === ''
    if (/^(?:seite|page|s\.)/i.test(line) || isolated) noise.set(i, note('pageNumber'))
  })
  // Headers and footers only exist in paged documents: require page numbers or page breaks.
  if (noise.size === 0 && !lines.some((l) => l.includes('\f'))) return noise
  const counts = new Map<string, number[]>()
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (line.length < 3 || line.length > 100 || /^[-*•–▪#|]/.test(line) || line.includes('\t'))
      return
    counts.set(line, [...(counts.get(line) ?? []), i])
  })
  for (const [, at] of counts)
    if (at.length >= 3) for (const i of at) if (!noise.has(i)) noise.set(i, note('headerOrFooter'))
  return noise
}
