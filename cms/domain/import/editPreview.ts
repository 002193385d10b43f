import type { TomDocument } from '../tom-schema'
import type { SourcePositions } from './importDocument'

/**
 * What an editor does to the import preview before "Create draft": drop an item, merge an item
 * into the one above it (a bullet the parser split in two), drop a whole control. Pure functions
 * on the document and its source positions, which stay index for index in step.
 */
export interface PreviewState {
  document: TomDocument
  positions: SourcePositions
}

/** A measure: section, control, group (undefined: the control's own list), measure. */
export interface MeasurePath {
  s: number
  c: number
  g?: number
  m: number
}

const clone = <T>(x: T): T => structuredClone(x)

function lists(state: PreviewState, p: MeasurePath) {
  const control = state.document.sections[p.s]?.controls[p.c]
  const at = state.positions.sections[p.s]?.controls[p.c]
  if (!control || !at) return null
  if (p.g === undefined) return { measures: control.measures, places: at.measures }
  const group = control.groups[p.g]
  const places = at.groups[p.g]?.measures
  return group && places ? { measures: group.measures, places } : null
}

export function dropMeasure(state: PreviewState, p: MeasurePath): PreviewState {
  const next = clone(state)
  const l = lists(next, p)
  if (!l || !l.measures[p.m]) return state
  l.measures.splice(p.m, 1)
  l.places.splice(p.m, 1)
  return next
}

/** Joins a measure to the one before it in the same list ("Alarmanlage mit" + "Aufschaltung"). */
export function mergeWithPrevious(state: PreviewState, p: MeasurePath): PreviewState {
  if (p.m < 1) return state
  const next = clone(state)
  const l = lists(next, p)
  const [before, item] = [l?.measures[p.m - 1], l?.measures[p.m]]
  if (!l || !before || !item) return state
  before.text = `${before.text} ${item.text}`.replace(/\s+/g, ' ').trim()
  if (item.detail) before.detail = before.detail ? `${before.detail} — ${item.detail}` : item.detail
  if (before.prose && !item.prose) delete before.prose
  l.measures.splice(p.m, 1)
  l.places.splice(p.m, 1)
  return next
}

export function dropControl(state: PreviewState, s: number, c: number): PreviewState {
  const next = clone(state)
  const section = next.document.sections[s]
  if (!section?.controls[c]) return state
  section.controls.splice(c, 1)
  next.positions.sections[s]?.controls.splice(c, 1)
  return next
}

export function setTitle(state: PreviewState, title: string): PreviewState {
  return { ...state, document: { ...state.document, title } }
}
