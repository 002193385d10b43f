import type { Change } from 'diff'
import type { TomDiff } from '../../cms/domain/diff'

/** A diff as reviewable lines for golden files: [-removed-] and {+added+} words inline. */
const inline = (changes: Change[]) =>
  changes.map((c) => (c.added ? `{+${c.value}+}` : c.removed ? `[-${c.value}-]` : c.value)).join('')

export function summarizeDiff(diff: TomDiff): string {
  const lines = [`counts ${JSON.stringify(diff.counts)} identical=${diff.identical}`]
  for (const c of diff.controls) {
    const heading =
      c.kind === 'renamed' ? `${c.fromHeading} → ${c.toHeading}` : (c.toHeading ?? c.fromHeading)
    lines.push(`${c.kind} [${c.category}] ${heading}`)
    if (c.text) lines.push(`  text: ${inline(c.text)}`)
    for (const m of c.measures) {
      const text = m.words ? inline(m.words) : (m.to ?? m.from)!.text
      const where = m.movedFrom ? ` (from ${m.movedFrom})` : m.movedTo ? ` (to ${m.movedTo})` : ''
      lines.push(`  ${m.kind}: ${text}${where}`)
    }
  }
  return `${lines.join('\n')}\n`
}
