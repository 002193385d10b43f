import { describe, expect, it } from 'vitest'
import { changesSubprocessor } from '../../cms/plugin/hooks/subprocessorReview'

/** What makes someone the last editor of a subprocessor change (the four-eyes rule's input). */
const stored = {
  id: 7,
  company: 1,
  name: 'Cloudy AG',
  purpose: 'Hosting',
  dataCategories: null,
  locations: ['DE'],
  dora: { lei: null, storageLocations: [] },
  effectiveFrom: '2027-01-01T00:00:00.000Z',
  lastEditedBy: 3,
  changeNote: null,
}

describe('changesSubprocessor', () => {
  it('the form sent back unchanged, in its own encoding, is no edit', () => {
    const form = {
      ...stored,
      company: { id: 1, name: 'Acme' },
      dataCategories: [],
      dora: { storageLocations: [], lei: '' },
      effectiveFrom: '2027-01-01T00:00:00.000+00:00',
      lastEditedBy: 9, // server-only, ignored
    }
    expect(changesSubprocessor(form, stored)).toBe(false)
  })

  it('describing the change (note, deadline, kind) is no edit', () => {
    expect(
      changesSubprocessor(
        { changeNote: 'US-Support', objectionDeadline: '2027-02-01', changeKind: 'editorial' },
        stored,
      ),
    ).toBe(false)
  })

  it('changing what customers see is', () => {
    expect(changesSubprocessor({ locations: ['DE', 'US'] }, stored)).toBe(true)
    expect(changesSubprocessor({ company: 2 }, stored)).toBe(true)
    expect(changesSubprocessor({ effectiveFrom: '2027-02-01' }, stored)).toBe(true)
    expect(changesSubprocessor({ dora: { lei: '5067' } }, stored)).toBe(true)
    expect(changesSubprocessor({ status: 'ended' }, stored)).toBe(true)
  })

  it('a new subprocessor is an edit', () => {
    expect(changesSubprocessor({ name: 'X' }, undefined)).toBe(true)
  })
})
