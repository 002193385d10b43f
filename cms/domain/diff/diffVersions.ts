import { diffWords } from 'diff'
import type { Control, TomDocument } from '../tom-schema'
import type { CategoryKey } from '../taxonomy'
import {
  bagOf,
  normalise,
  similarity,
  similarityBound,
  type WordBag,
  wordsOfNormalised,
} from './similarity'
import type { ChangeCounts, ControlDiff, MeasureDiff, MeasureText, TomDiff } from './types'

/**
 * Compares two versions of a company's TOMs (jsdiff for the words, no hand-rolled LCS).
 * Controls are matched by category and heading, then by shared measures (a renamed heading);
 * measures by exact text, then by similarity — inside the matched control first, then across the
 * document (moved). Order within a control does not count as a change. Deterministic.
 */

/** Share of words two measures must have in common to count as one measure reworded. */
export const REWORD_THRESHOLD = 0.5

interface FlatMeasure extends MeasureText {
  control: number
  key: string
  words: WordBag
}

interface FlatControl {
  index: number
  category: CategoryKey
  heading: string
  label: string
  section: string
  text: string
  measures: FlatMeasure[]
}

const label = (c: Pick<Control, 'number' | 'heading'>) =>
  c.number ? `${c.number} ${c.heading}` : c.heading
const measureString = (m: MeasureText) => (m.detail ? `${m.text} — ${m.detail}` : m.text)

function flatten(doc: Pick<TomDocument, 'sections'>): FlatControl[] {
  const controls: FlatControl[] = []
  for (const section of doc.sections) {
    for (const control of section.controls) {
      const index = controls.length
      const measures: FlatMeasure[] = []
      const add = (m: { text: string; detail?: string }, group?: string) => {
        const item: MeasureText = {
          text: m.text,
          ...(m.detail ? { detail: m.detail } : {}),
          ...(group ? { group } : {}),
        }
        const key = normalise(measureString(item))
        measures.push({ ...item, control: index, key, words: bagOf(wordsOfNormalised(key)) })
      }
      control.measures.forEach((m) => add(m))
      for (const g of control.groups) g.measures.forEach((m) => add(m, g.label))
      controls.push({
        index,
        category: control.category,
        heading: normalise(control.heading),
        label: label(control),
        section: label(section),
        text: [control.text, control.note, ...control.groups.flatMap((g) => [g.text, g.note])]
          .filter(Boolean)
          .join('\n\n'),
        measures,
      })
    }
  }
  return controls
}

/**
 * A version made ready for diffing: its measures normalised and counted into word bags, which is
 * most of a diff's work. A caller that compares one version with several others (the site: each
 * with four at five versions) prepares it once; diffVersions takes documents or prepared versions.
 * Opaque: the flat form is read-only, a diff keeps what it has matched in sets of its own.
 */
export interface PreparedVersion {
  readonly prepared: true
}
const flatForms = new WeakMap<PreparedVersion, FlatControl[]>()

export function prepareVersion(doc: Pick<TomDocument, 'sections'>): PreparedVersion {
  const version: PreparedVersion = { prepared: true }
  flatForms.set(version, flatten(doc))
  return version
}

type DiffInput = Pick<TomDocument, 'sections'> | PreparedVersion
const controlsOf = (input: DiffInput) =>
  flatForms.get(input as PreparedVersion) ?? flatten(input as Pick<TomDocument, 'sections'>)

function overlap(a: FlatControl, b: FlatControl): number {
  const keys = new Set(a.measures.map((m) => m.key))
  const shared = b.measures.filter((m) => keys.has(m.key)).length
  return shared / Math.max(1, Math.min(a.measures.length, b.measures.length))
}

/** Pairs older controls with newer ones: same category and heading, then by shared measures. */
function matchControls(from: FlatControl[], to: FlatControl[]): Map<number, number> {
  const pairs = new Map<number, number>() // to index → from index
  const usedFrom = new Set<number>()
  for (const t of to) {
    const f = from.find(
      (c) => !usedFrom.has(c.index) && c.category === t.category && c.heading === t.heading,
    )
    if (f) {
      pairs.set(t.index, f.index)
      usedFrom.add(f.index)
    }
  }
  for (const sameCategoryOnly of [true, false]) {
    for (const t of to) {
      if (pairs.has(t.index)) continue
      let best: FlatControl | undefined
      let bestScore = sameCategoryOnly ? 0 : 0.5
      for (const f of from) {
        if (usedFrom.has(f.index) || (sameCategoryOnly && f.category !== t.category)) continue
        const score =
          overlap(f, t) +
          (f.category === t.category && f.measures.length + t.measures.length === 0 ? 1 : 0)
        if (score > bestScore) {
          best = f
          bestScore = score
        }
      }
      if (best) {
        pairs.set(t.index, best.index)
        usedFrom.add(best.index)
      }
    }
  }
  return pairs
}

const emptyCounts = (): ChangeCounts => ({
  added: 0,
  removed: 0,
  changed: 0,
  moved: 0,
  unchanged: 0,
})
const strip = (m: FlatMeasure): MeasureText => ({
  text: m.text,
  ...(m.detail ? { detail: m.detail } : {}),
  ...(m.group ? { group: m.group } : {}),
})

export function diffVersions(older: DiffInput, newer: DiffInput): TomDiff {
  const pairing = new MeasurePairing(controlsOf(older), controlsOf(newer))
  pairing.matchUnchanged()
  pairing.matchMoved()
  pairing.matchReworded()
  return assemble(pairing)
}

/** Newer measures paired with older ones, in the order of the steps below. */
class MeasurePairing {
  readonly pairs: Map<number, number>
  // The older measures this diff has matched (the newer ones are the keys of `result`): kept
  // here, not in the measures, as the two sides may be the same prepared objects.
  readonly takenFrom = new Set<FlatMeasure>()
  /** Keyed by the newer measure. */
  readonly result = new Map<FlatMeasure, MeasureDiff>()
  /** Older measures that moved out or were removed. */
  readonly leftBehind = new Map<FlatMeasure, MeasureDiff>()
  private readonly allFrom: FlatMeasure[]

  constructor(
    readonly from: FlatControl[],
    readonly to: FlatControl[],
  ) {
    this.pairs = matchControls(from, to)
    this.allFrom = from.flatMap((c) => c.measures)
  }

  partnerOf(t: FlatControl): FlatControl | undefined {
    return this.pairs.has(t.index) ? this.from[this.pairs.get(t.index)!] : undefined
  }

  /** 1. Same text in the matched control: unchanged (order inside a control is not a change). */
  matchUnchanged() {
    for (const t of this.to) {
      const f = this.partnerOf(t)
      if (!f) continue
      for (const m of t.measures) {
        const same = f.measures.find((o) => !this.takenFrom.has(o) && o.key === m.key)
        if (same) this.pair(m, same, 'unchanged')
      }
    }
  }

  /** 2. Same text elsewhere: moved. (Older measures by text, in document order: no scan per measure.) */
  matchMoved() {
    const fromByKey = new Map<string, FlatMeasure[]>()
    for (const o of this.allFrom) {
      const same = fromByKey.get(o.key)
      if (same) same.push(o)
      else fromByKey.set(o.key, [o])
    }
    for (const m of this.to.flatMap((c) => c.measures)) {
      if (this.result.has(m)) continue
      const same = fromByKey.get(m.key)?.find((o) => !this.takenFrom.has(o))
      if (same) this.pair(m, same, 'moved')
    }
  }

  /** 3. Reworded, best match first: inside the matched control, then anywhere (moved and reworded). */
  matchReworded() {
    for (const t of this.to) {
      const f = this.partnerOf(t)
      if (!f) continue
      for (const m of t.measures) {
        if (this.result.has(m)) continue
        const similar = this.bestSimilar(m, f.measures)
        if (similar) this.pair(m, similar, 'changed')
      }
    }
    for (const m of this.to.flatMap((c) => c.measures)) {
      if (this.result.has(m)) continue
      const similar = this.bestSimilar(m, this.allFrom)
      if (similar) this.pair(m, similar, 'moved')
    }
  }

  private bestSimilar(m: FlatMeasure, candidates: FlatMeasure[]) {
    let best: FlatMeasure | undefined
    let bestScore = REWORD_THRESHOLD
    for (const o of candidates) {
      if (this.takenFrom.has(o)) continue
      // The first candidate at the threshold wins, a later one only with a higher score.
      const bound = similarityBound(o.words, m.words)
      if (best ? bound <= bestScore : bound < bestScore) continue
      const score = similarity(o.words, m.words)
      if (score >= bestScore && (!best || score > bestScore)) {
        best = o
        bestScore = score
      }
    }
    return best
  }

  private pair(t: FlatMeasure, f: FlatMeasure, kind: 'unchanged' | 'changed' | 'moved') {
    this.takenFrom.add(f)
    const reworded = t.key !== f.key
    const entry: MeasureDiff = {
      kind,
      from: strip(f),
      to: strip(t),
      ...(reworded ? { words: diffWords(measureString(f), measureString(t)) } : {}),
    }
    if (kind === 'moved') {
      entry.movedFrom = this.from[f.control]!.label
      this.leftBehind.set(f, { kind: 'moved', from: strip(f), movedTo: this.to[t.control]!.label })
    }
    this.result.set(t, entry)
  }
}

/** Counts of measure changes, overall and per category. */
class Tally {
  readonly counts = emptyCounts()
  readonly byCategory: TomDiff['byCategory'] = {}

  count(category: CategoryKey, kind: MeasureDiff['kind']) {
    this.counts[kind]++
    ;(this.byCategory[category] ??= emptyCounts())[kind]++
  }
}

/** 4. Assemble per control, newer order first, then removed controls. */
function assemble(pairing: MeasurePairing): TomDiff {
  const tally = new Tally()
  const matchedFrom = new Set(pairing.pairs.values())
  const controls: ControlDiff[] = [
    ...pairing.to.map((t) => newerControl(pairing, t, tally)),
    ...pairing.from
      .filter((f) => !matchedFrom.has(f.index))
      .map((f) => removedControl(pairing, f, tally)),
  ]
  const { counts, byCategory } = tally
  const identical =
    counts.added + counts.removed + counts.changed + counts.moved === 0 &&
    controls.every((c) => c.kind === 'matched' && !c.text)
  return { controls, counts, byCategory, identical }
}

function newerControl(pairing: MeasurePairing, t: FlatControl, tally: Tally): ControlDiff {
  const { result, takenFrom, leftBehind } = pairing
  const f = pairing.partnerOf(t)
  const measures: MeasureDiff[] = t.measures.map(
    (m) => result.get(m) ?? { kind: 'added', to: strip(m) },
  )
  for (const o of f?.measures ?? [])
    if (!takenFrom.has(o)) measures.push({ kind: 'removed', from: strip(o) })
  for (const o of f?.measures ?? []) if (leftBehind.has(o)) measures.push(leftBehind.get(o)!)
  for (const m of measures) if (!(m.kind === 'moved' && m.movedTo)) tally.count(t.category, m.kind)
  const textChanged = f && normalise(f.text) !== normalise(t.text)
  return {
    kind: !f ? 'added' : f.heading !== t.heading ? 'renamed' : 'matched',
    category: t.category,
    ...(f ? { fromHeading: f.label } : {}),
    toHeading: t.label,
    section: t.section,
    measures,
    ...(textChanged ? { text: diffWords(f.text, t.text) } : {}),
  }
}

function removedControl(pairing: MeasurePairing, f: FlatControl, tally: Tally): ControlDiff {
  const measures: MeasureDiff[] = f.measures
    .map(
      (o) =>
        (pairing.leftBehind.get(o) ??
          (pairing.takenFrom.has(o) ? undefined : { kind: 'removed' as const, from: strip(o) }))!,
    )
    .filter(Boolean)
  for (const m of measures) if (m.kind === 'removed') tally.count(f.category, 'removed')
  return {
    kind: 'removed',
    category: f.category,
    fromHeading: f.label,
    section: f.section,
    measures,
  }
}
