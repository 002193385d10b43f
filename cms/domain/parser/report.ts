import { LINE_KINDS, type ParseReport, type TomDocument } from '../tom-schema'

export type LineKind = (typeof LINE_KINDS)[number]

export const emptyLineCounts = (): Record<LineKind, number> =>
  Object.fromEntries(LINE_KINDS.map((k) => [k, 0])) as Record<LineKind, number>

/** Counts of what was found, and every non-blank source line by the kind it became. */
export function buildReport(
  doc: TomDocument,
  lines: Record<LineKind, number>,
  warnings: number,
): ParseReport {
  const controls = doc.sections.flatMap((s) => s.controls)
  const groups = controls.flatMap((c) => c.groups)
  return {
    counts: {
      sections: doc.sections.length,
      controls: controls.filter((c) => !c.implicit).length,
      groups: groups.length,
      measures:
        controls.reduce((n, c) => n + c.measures.length, 0) +
        groups.reduce((n, g) => n + g.measures.length, 0),
      warnings,
    },
    lines: { total: LINE_KINDS.reduce((n, k) => n + lines[k], 0), ...lines },
  }
}
