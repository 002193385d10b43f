import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dump } from 'js-yaml'
import { findLabelledDate, placeDate } from '@trust-center/core/parser/dates'

export const SIZES = { S: 10, M: 100, L: 1000 } as const
export type Size = keyof typeof SIZES
export const VERSIONS_PER_COMPANY = 5
export const SUBPROCESSORS_PER_COMPANY = 20

const LOCATIONS: Array<{ locations: string[]; transferSafeguard: string }> = [
  { locations: ['DE'], transferSafeguard: 'eu-eea' },
  { locations: ['IE', 'DE'], transferSafeguard: 'eu-eea' },
  { locations: ['US'], transferSafeguard: 'dpf' },
  { locations: ['FR'], transferSafeguard: 'eu-eea' },
  { locations: ['IN', 'IE'], transferSafeguard: 'scc' },
]
const PURPOSES = [
  'Hosting',
  'E-Mail-Versand',
  'Kundensupport',
  'Zahlungsabwicklung',
  'Monitoring',
  'Backup',
  'Videokonferenzen',
  'CRM',
  'Analyse',
  'Übersetzung',
]

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * Version `k` of a seed document: dated lines removed (the YAML dates each version), then each
 * newer version rewords some measures, drops one and adds two — the kinds of change real
 * revisions make, so change pages and diffs have work to do.
 */
export function revise(seed: string, company: number, k: number): string {
  // Revisions past the fifth repeat the first five's kinds of change (a long history), with their own words.
  const r = k === 0 ? 0 : 1 + ((k - 1) % 5)
  const lines = seed.split('\n').filter((l) => !findLabelledDate(l) && !placeDate(l))
  const out: string[] = []
  let item = 0
  for (const line of lines) {
    const isRow = line.includes('\t')
    if (!/^\s*- /.test(line) && !isRow) {
      out.push(line)
      continue
    }
    item++
    if (r > 0 && item === 2 + r) continue // dropped in this revision
    out.push(
      r > 0 && item % (7 - r) === 0
        ? `${line.replace(/[.,;]?$/, '')}, überprüft in Revision ${k}`
        : line,
    )
    if (r > 0 && item === 3) {
      const added = [
        `Neue Maßnahme ${company}-${k}: regelmäßige Schulung der Beschäftigten`,
        `Zusätzliche Kontrolle ${k} gemäß interner Richtlinie`,
      ]
      out.push(...added.map((a) => (isRow ? `${a}\tEingeführt mit Revision ${k}.` : `- ${a}`)))
    }
  }
  return out.join('\n')
}

/** The deep-history case: one company with monthly revisions over five years. */
export const DEEP_HISTORY = { companies: 1, versions: 60, stepDays: 30 } as const

/**
 * Writes a content/ folder with `count` companies for seedFromContent, each with `versions` TOM
 * versions `stepDays` apart.
 */
export async function generateContent(
  dir: string,
  count: number,
  seedsDir: string,
  { versions = VERSIONS_PER_COMPANY, stepDays = 200 } = {},
): Promise<void> {
  const seeds = await Promise.all(
    [
      '000_d0f3340e58d74642',
      '001_9cbea00c7f08fde5',
      '002_7c348ddddea08d64',
      '003_e6da5ca818631ae4',
      '004_614166a4a244b079',
    ].map((f) => readFile(path.join(seedsDir, `${f}.txt`), 'utf8')),
  )
  await mkdir(path.join(dir, 'companies'), { recursive: true })
  await mkdir(path.join(dir, 'toms'), { recursive: true })
  for (let c = 0; c < count; c++) {
    const slug = `firma-${String(c).padStart(4, '0')}`
    const toms = []
    for (let k = 0; k < versions; k++) {
      const file = `toms/${slug}-v${k}.txt`
      await writeFile(path.join(dir, file), revise(seeds[c % seeds.length]!, c, k))
      toms.push({
        file,
        effectiveDate: addDays('2021-01-01', stepDays * k + (c % 30)),
        changeSummary:
          k === 0 ? 'Erste Fassung.' : `Revision ${k}: Maßnahmen ergänzt und präzisiert.`,
        changeKind: 'material',
      })
    }
    const subprocessors = Array.from({ length: SUBPROCESSORS_PER_COMPANY }, (_, i) => ({
      name: `Dienstleister ${c}-${i} GmbH`,
      address: `Musterweg ${i + 1}, 10115 Berlin`,
      purpose: PURPOSES[(c + i) % PURPOSES.length],
      ...LOCATIONS[(c + i) % LOCATIONS.length],
      status: 'active',
      effectiveFrom: '2021-01-01',
    }))
    const company = {
      slug,
      name: `Firma ${c} GmbH`,
      description: `Synthetisches Unternehmen ${c} für den Benchmark.`,
      locale: 'de',
      noticePeriodDays: 30,
      toms,
      subprocessors,
    }
    await writeFile(path.join(dir, 'companies', `${slug}.yaml`), dump(company, { lineWidth: -1 }))
  }
}
