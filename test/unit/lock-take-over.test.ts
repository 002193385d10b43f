import { describe, expect, it } from 'vitest'
import { changesAsText, unsavedChanges } from '../../cms/plugin/components/unsavedChanges'
import { localTime } from '../../cms/plugin/translations/lockTexts'

/** What the take-over notice shows: the unsaved fields by their place, and times as the user reads them. */
describe('the lock take-over notice', () => {
  const form = {
    title: { value: 'TOM (Entwurf Erika)', initialValue: 'TOM' },
    status: { value: 'draft', initialValue: 'draft' },
    sections: { value: 2, initialValue: 2, rows: [] },
    'sections.1.controls.0.measures.2.text': { value: 'Neu', initialValue: 'Alt' },
    'sections.1.controls.0.measures.2.id': { value: 'x2', initialValue: 'x1' },
  }

  it('lists the changed fields by their labels and row numbers, in the user’s language', () => {
    expect(unsavedChanges(form, 'de')).toEqual([
      { where: 'Titel', value: 'TOM (Entwurf Erika)' },
      { where: 'Abschnitte 2 › Kontrollen 1 › Maßnahmen 3 › Text', value: 'Neu' },
    ])
    expect(unsavedChanges(form, 'en')[1]!.where).toBe('Sections 2 › Controls 1 › Measures 3 › Text')
    expect(changesAsText(unsavedChanges(form, 'de'))).toBe(
      'Titel:\nTOM (Entwurf Erika)\n\nAbschnitte 2 › Kontrollen 1 › Maßnahmen 3 › Text:\nNeu',
    )
  })

  it('says a time of today as a time, another day with its date, never in US style for German', () => {
    const now = new Date(2026, 11, 2, 18, 0)
    expect(localTime(new Date(2026, 11, 2, 14, 3), 'de', now)).toBe('14:03')
    expect(localTime(new Date(2026, 11, 2, 14, 3), 'en', now)).toBe('2:03 PM')
    expect(localTime(new Date(2026, 11, 1, 14, 3), 'de', now)).toBe('1. Dez. 2026, 14:03')
    expect(localTime(new Date(2026, 11, 2, 14, 3), 'de', now, true)).toBe('2. Dez. 2026, 14:03')
  })
})
