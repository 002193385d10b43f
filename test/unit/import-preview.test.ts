import { describe, expect, it } from 'vitest'
import {
  dropControl,
  dropMeasure,
  importDocument,
  mergeWithPrevious,
  setTitle,
} from '../../cms/domain/import/index'

const text = [
  '# TOM',
  '',
  '## Zutrittskontrolle',
  '',
  '- Alarmanlage mit',
  '- Aufschaltung auf den Wachdienst',
  '- Videoüberwachung',
  '',
  '## Kaffeeküche',
  '',
  '- Wasserkocher',
  '',
].join('\n')

describe('editing the import preview', () => {
  it('drops and merges items with their source lines in step; drops a control; sets the title', async () => {
    const r = await importDocument(new TextEncoder().encode(text), 'toms.md')
    let state = { document: r.result.document, positions: r.positions }
    expect(state.positions.sections[0]!.controls[0]!.measures.map((p) => p.line)).toEqual([5, 6, 7])
    state = mergeWithPrevious(state, { s: 0, c: 0, m: 1 })
    expect(state.document.sections[0]!.controls[0]!.measures.map((m) => m.text)).toEqual([
      'Alarmanlage mit Aufschaltung auf den Wachdienst',
      'Videoüberwachung',
    ])
    expect(state.positions.sections[0]!.controls[0]!.measures.map((p) => p.line)).toEqual([5, 7])
    state = dropMeasure(state, { s: 0, c: 0, m: 1 })
    expect(state.document.sections[0]!.controls[0]!.measures.map((m) => m.text)).toEqual([
      'Alarmanlage mit Aufschaltung auf den Wachdienst',
    ])
    state = dropControl(state, 1, 0)
    expect(state.document.sections[1]!.controls).toEqual([])
    state = setTitle(state, 'TOM der Beispiel GmbH')
    expect(state.document.title).toBe('TOM der Beispiel GmbH')
    // The original is untouched: every edit returns a new state.
    expect(r.result.document.sections[0]!.controls[0]!.measures).toHaveLength(3)
  })
})
