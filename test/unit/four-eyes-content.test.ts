import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changesContent } from '../../cms/plugin/hooks/tomWorkflow'
import { CATEGORY_KEYS } from '../../cms/domain/taxonomy'

/**
 * The four-eyes rule counts a save as an edit only when the content changes. Property: any
 * re-encoding of the same content (key order, row ids, empty lists as `0`/null/missing, empty
 * fields as null/""/missing) is no edit; any change of a measure's text, a heading, a category or
 * the order of measures is one.
 */

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0)
const category = fc.constantFrom(...CATEGORY_KEYS)
const measure = fc.record(
  { text, detail: fc.option(text, { nil: undefined }) },
  { requiredKeys: ['text'] },
)
const measures = fc.array(measure, { maxLength: 4 })
const group = fc.record({ label: text, number: fc.option(text, { nil: undefined }), measures })
const control = fc.record({
  heading: text,
  category,
  legalBasis: fc.option(text, { nil: undefined }),
  text: fc.option(text, { nil: undefined }),
  measures,
  groups: fc.array(group, { maxLength: 2 }),
})
const section = fc.record({
  heading: text,
  number: fc.option(text, { nil: undefined }),
  category,
  controls: fc.array(control, { minLength: 1, maxLength: 3 }),
})
const version = fc.record({
  title: text,
  version: fc.constant('2026-01-01'),
  effectiveDate: fc.constant('2026-01-01T00:00:00.000Z'),
  preamble: fc.option(text, { nil: undefined }),
  sections: fc.array(section, { minLength: 1, maxLength: 3 }),
})

type Json = unknown
/** The same content as another client or the database would encode it, chosen by `pick`. */
function reencode(value: Json, pick: () => number, key = ''): Json {
  if (Array.isArray(value)) {
    if (value.length === 0) return [[], 0, null, undefined][pick() % 4]
    return value.map((v) => reencode(v, pick))
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, reencode(v, pick, k)] as const)
    // shuffle the keys
    for (let i = entries.length - 1; i > 0; i--) {
      const j = pick() % (i + 1)
      ;[entries[i], entries[j]] = [entries[j]!, entries[i]!]
    }
    const out: Record<string, Json> = {}
    for (const [k, v] of entries) if (v !== undefined || pick() % 2) out[k] = v
    if (pick() % 2) out.id = `row-${pick()}` // row ids are storage, not content
    for (const empty of ['note', 'text', 'detail', 'legalBasis', 'columns', 'alsoCovers'])
      if (!(empty in out) && pick() % 3 === 0) out[empty] = [null, '', 0, []][pick() % 4]
    return out
  }
  if (value === undefined && key) return [null, ''][pick() % 2]
  return value
}

const picks = fc.infiniteStream(fc.nat())
const contentOf = (v: Record<string, unknown>) => ({
  title: v.title,
  version: v.version,
  effectiveDate: v.effectiveDate,
  preamble: v.preamble,
  sections: v.sections,
  closing: v.closing,
})

describe('four-eyes: what counts as an edit', () => {
  it('re-encoding the same content is never an edit', () => {
    fc.assert(
      fc.property(version, picks, (stored, stream) => {
        const it = stream[Symbol.iterator]()
        const pick = () => it.next().value as number
        const sent = reencode(contentOf(stored), pick) as Record<string, unknown>
        sent.effectiveDate = '2026-01-01T00:00:00.000Z'
        expect(
          changesContent(
            { ...sent, status: 'published', company: { id: 7 } },
            { ...stored, company: 7 },
          ),
        ).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  type Mutation = (v: ReturnType<typeof structuredClone<Record<string, any>>>) => boolean
  const firstMeasures = (v: Record<string, any>) =>
    v.sections.flatMap((s: any) =>
      s.controls.flatMap((c: any) => [c.measures, ...c.groups.map((g: any) => g.measures)]),
    )
  const mutations: Record<string, Mutation> = {
    'a measure text': (v) => {
      const list = firstMeasures(v).find((m: unknown[]) => m.length > 0)
      if (!list) return false
      list[0].text += ' (geändert)'
      return true
    },
    'a section heading': (v) => ((v.sections[0].heading += ' neu'), true),
    'a control heading': (v) => ((v.sections[0].controls[0].heading += ' neu'), true),
    'a category': (v) => (
      (v.sections[0].controls[0].category =
        v.sections[0].controls[0].category === 'encryption' ? 'other' : 'encryption'),
      true
    ),
    'the order of measures': (v) => {
      const list = firstMeasures(v).find(
        (m: Array<{ text: string; detail?: string }>) =>
          m.length > 1 && JSON.stringify(m[0]) !== JSON.stringify(m[1]),
      )
      if (!list) return false
      list.reverse()
      return true
    },
  }

  for (const [what, mutate] of Object.entries(mutations)) {
    it(`changing ${what} is always an edit, however it is encoded`, () => {
      fc.assert(
        fc.property(version, picks, (stored, stream) => {
          const it = stream[Symbol.iterator]()
          const pick = () => it.next().value as number
          const changed = structuredClone(contentOf(stored)) as Record<string, any>
          fc.pre(mutate(changed))
          const sent = reencode(changed, pick) as Record<string, unknown>
          expect(changesContent({ ...sent, status: 'published' }, stored)).toBe(true)
        }),
        { numRuns: 200 },
      )
    })
  }

  it('a different company or effective day is an edit; the same day in another encoding is not', () => {
    const stored = { company: 7, effectiveDate: '2026-01-01T00:00:00.000Z' }
    expect(changesContent({ company: { id: 8 } }, stored)).toBe(true)
    expect(changesContent({ effectiveDate: '2026-01-02T00:00:00.000Z' }, stored)).toBe(true)
    expect(changesContent({ company: '7', effectiveDate: '2026-01-01T00:00:00Z' }, stored)).toBe(
      false,
    )
  })
})
