import type { Section } from './tom-schema'
import { controlAnchor, sectionAnchor } from './anchors'
import { CATEGORIES, type CategoryKey } from './taxonomy'

/** The Art. 32 measure categories a TOM should cover (group headings and "other" excluded). */
export const MEASURE_CATEGORIES = CATEGORIES.filter((c) => c.kind === 'measure').map(
  (c) => c.key,
) as CategoryKey[]

/**
 * Measures per category of a version; a control covering several categories counts for each.
 * Controls filed under a group heading (e.g. "Verfügbarkeit und Belastbarkeit") count for the
 * group's member categories only through their own key, so nothing is claimed that is not stated.
 */
export function coverage(sections: Section[]): Map<CategoryKey, number> {
  const counts = new Map<CategoryKey, number>()
  for (const s of sections)
    for (const c of s.controls) {
      const n = c.measures.length + c.groups.reduce((sum, g) => sum + g.measures.length, 0)
      if (n === 0) continue
      for (const key of [c.category, ...(c.alsoCovers ?? [])])
        counts.set(key, (counts.get(key) ?? 0) + n)
    }
  return counts
}

/** Categories a version describes in words without a list (a control's or section's text). */
function described(sections: Section[]): Set<CategoryKey> {
  const keys = new Set<CategoryKey>()
  const add = (x: { category: CategoryKey; alsoCovers?: CategoryKey[] }) =>
    [x.category, ...(x.alsoCovers ?? [])].forEach((k) => keys.add(k))
  for (const s of sections) {
    if (s.text?.trim()) add(s)
    for (const c of s.controls)
      if (c.text?.trim() || c.note?.trim() || c.groups.some((g) => g.text?.trim())) add(c)
  }
  return keys
}

/** Measure categories a version neither names a measure for nor describes in words. */
export function missingCategories(sections: Section[]): CategoryKey[] {
  const covered = coverage(sections)
  const inWords = described(sections)
  return MEASURE_CATEGORIES.filter((key) => !covered.has(key) && !inWords.has(key))
}

/**
 * Where each covered category starts in the document: the anchor of the first control naming
 * measures for it (the company page links its category grid there).
 */
export function categoryAnchors(sections: Section[]): Map<CategoryKey, string> {
  const anchors = new Map<CategoryKey, string>()
  sections.forEach((s, i) => {
    const sectionId = sectionAnchor(s, i)
    s.controls.forEach((c, j) => {
      if (c.measures.length + c.groups.reduce((sum, g) => sum + g.measures.length, 0) === 0) return
      for (const key of [c.category, ...(c.alsoCovers ?? [])])
        if (!anchors.has(key))
          anchors.set(key, c.implicit ? sectionId : controlAnchor(sectionId, j))
    })
  })
  return anchors
}
