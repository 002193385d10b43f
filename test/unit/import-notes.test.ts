import { describe, expect, it } from 'vitest'
import { IMPORT_NOTES, type ImportNoteCode, note } from '../../cms/domain/import/notes'
import { parseTom } from '../../cms/domain/parser'
import { renderNote } from '../../cms/plugin/translations/importNotes'

/** Parameters for any note: every value "1" (a name, a count, a list of pages). */
const anyParams = new Proxy({}, { get: () => '1' }) as Record<string, string>

describe("the importer's notes are data, said in the reader's language", () => {
  it('every code has its German text, which is not the English one', () => {
    for (const code of Object.keys(IMPORT_NOTES) as ImportNoteCode[]) {
      const data = { code, params: anyParams, message: 'english' }
      const english = renderNote(data, 'en')
      const german = renderNote(data, 'de')
      expect(german, code).not.toBe('')
      expect(german, code).not.toBe(english)
    }
  })

  it('the parser reports a code and its parameters; the English text is the message', () => {
    const result = parseTom('TOMs\n\n1. Vertraulichkeit\n\n1.1 Kaffeeküche\n\n- Filterkaffee\n')
    const warning = result.warnings[0]!
    expect(warning).toMatchObject({ code: 'noCategory', params: { heading: 'Kaffeeküche' } })
    expect(renderNote(warning, 'en')).toBe(warning.message)
    expect(renderNote(warning, 'de')).toBe(
      'Überschrift „Kaffeeküche“ passt zu keiner Kategorie nach Art. 32 DSGVO; unter „Sonstiges“ abgelegt',
    )
  })

  it('lists of places are quoted one by one in German', () => {
    const n = note('notACountry', { name: 'Acme', places: 'Mars", "Venus' })
    expect(n.message).toBe('Acme: "Mars", "Venus" is not a country; check the locations')
    expect(renderNote(n, 'de')).toBe(
      'Acme: „Mars“, „Venus“ ist kein Land; prüfen Sie die Standorte',
    )
  })

  it('a note without a known code (stored before, or from elsewhere) shows its English text', () => {
    expect(renderNote({ message: 'something else' }, 'de')).toBe('something else')
    expect(renderNote({ code: 'nope', message: 'older note' }, 'de')).toBe('older note')
  })
})
