import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeDocument, parseTom, ParseError } from '../../cms/domain/parser/index'
import type { TomDocument } from '../../cms/domain/tom-schema'

const seedsDir = join(import.meta.dirname, '../../content/seeds')
const goldenDir = join(import.meta.dirname, '../fixtures/golden')
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()

/** Every text the structure holds, in reading order. */
function flatten(doc: TomDocument): string[] {
  const out = [doc.title, doc.preamble ?? '']
  for (const s of doc.sections) {
    out.push(s.number ?? '', s.heading, s.legalBasis ?? '', s.text ?? '')
    for (const c of s.controls) {
      if (!c.implicit) out.push(c.number ?? '', c.heading, c.legalBasis ?? '')
      out.push(c.text ?? '', ...(c.columns ?? []))
      for (const m of c.measures) out.push(m.text, m.detail ?? '')
      out.push(c.note ?? '')
      for (const g of c.groups) {
        out.push(g.number ?? '', g.label, g.text ?? '', ...(g.columns ?? []))
        for (const m of g.measures) out.push(m.text, m.detail ?? '')
        out.push(g.note ?? '')
      }
    }
  }
  out.push(doc.closing ?? '')
  return out.filter(Boolean)
}

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}@]+/gu) ?? []).sort()

describe('TOM parser on the seed documents', () => {
  it('finds all five seeds', () => expect(seeds).toHaveLength(5))

  for (const seed of seeds) {
    const source = readFileSync(join(seedsDir, seed), 'utf8')
    const result = parseTom(source)

    it(`${seed}: matches its golden structure`, () => {
      const golden = JSON.parse(
        readFileSync(join(goldenDir, seed.replace(/\.txt$/, '.json')), 'utf8'),
      )
      expect(JSON.parse(JSON.stringify(result))).toEqual(golden)
    })

    it(`${seed}: keeps every word of the source exactly once`, () => {
      // Separator lines carry no words; Markdown markers and numbering dots are not words.
      expect(words(flatten(result.document).join(' '))).toEqual(words(source))
    })

    it(`${seed}: accounts for every non-blank line exactly once`, () => {
      const { total, ...kinds } = result.report.lines
      expect(total).toBe(source.split(/\r?\n/).filter((l) => l.trim() !== '').length)
      expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(total)
      expect(result.unparsed).toEqual([])
    })

    it(`${seed}: keeps bullets and table rows as measures, in source order`, () => {
      const fromSource = source
        .split(/\r?\n/)
        .filter((l) => /^\s*- /.test(l) || (l.includes('\t') && !/^-+\t/.test(l)))
        .map((l) =>
          l
            .replace(/^\s*- /, '')
            .split('\t')[0]!
            .replace(/\*\*/g, '')
            .trim(),
        )
      const measures = result.document.sections
        .flatMap((s) =>
          s.controls.flatMap((c) => [
            c.columns?.[0],
            ...c.measures.filter((m) => !m.prose).map((m) => m.text),
            ...c.groups.flatMap((g) => [g.columns?.[0], ...g.measures.map((m) => m.text)]),
          ]),
        )
        .filter((m): m is string => Boolean(m))
      expect(measures).toEqual(fromSource)
    })
  }

  it('reads the effective date where the document states one', () => {
    const date = (seed: string) =>
      parseTom(readFileSync(join(seedsDir, seed), 'utf8')).document.effectiveDate
    expect(date('000_d0f3340e58d74642.txt')).toBe('2026-06-01') // "Letzte Aktualisierung: 01. Juni 2026"
    expect(date('004_614166a4a244b079.txt')).toBe('2019-10-28') // "Chemnitz, 28.10.2019"
    expect(date('001_9cbea00c7f08fde5.txt')).toBeNull()
  })

  it('keeps scope groups and table columns', () => {
    const mailjet = parseTom(
      readFileSync(join(seedsDir, '001_9cbea00c7f08fde5.txt'), 'utf8'),
    ).document
    expect(mailjet.sections[0]!.controls[0]!.groups.map((g) => g.label)).toEqual([
      'In Mailjet-Räumlichkeiten',
      'In Datenzentren',
    ])
    const telemaxx = parseTom(readFileSync(join(seedsDir, '002_7c348ddddea08d64.txt'), 'utf8'))
    const access = telemaxx.document.sections[0]!.controls[1]!
    expect(access.groups.map((g) => `${g.number} ${g.label}`)).toEqual([
      '2.1 Betriebssystemebene',
      '2.2 Anwendungsebene',
    ])
    expect(access.groups[0]!.columns).toEqual(['Maßnahmen', 'Beschreibung'])
    expect(access.groups[0]!.measures[1]).toEqual({
      text: 'Zugang erst nach Anmeldung',
      detail: 'Absicherung des Zugangs zur Betriebssystemebene durch Login-Prozess.',
    })
    expect(telemaxx.skipped).toEqual([
      { line: 104, code: 'separatorLine', message: 'separator line without content' },
    ])
  })

  it('maps a heading covering two categories to both', () => {
    const mailjet = parseTom(
      readFileSync(join(seedsDir, '001_9cbea00c7f08fde5.txt'), 'utf8'),
    ).document
    const logical = mailjet.sections[0]!.controls[1]!
    expect([logical.category, ...(logical.alsoCovers ?? [])]).toEqual([
      'system-access',
      'data-access',
    ])
  })

  it('files an unknown heading under "other" with a warning instead of guessing', () => {
    const result = parseTom('TOMs\n\n1. Vertraulichkeit\n\n1.1 Kaffeeküche\n\n- Filterkaffee\n')
    expect(result.document.sections[0]!.controls[0]!.category).toBe('other')
    expect(result.warnings).toEqual([
      {
        line: 5,
        code: 'noCategory',
        params: { heading: 'Kaffeeküche' },
        message: 'heading "Kaffeeküche" matches no Art. 32 category; filed under "other"',
      },
    ])
  })
})

describe('TOM parser on bad input', () => {
  const failure = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError)
      return error as ParseError
    }
    throw new Error('expected a ParseError')
  }

  it('rejects an empty document', () => {
    expect(failure(() => parseTom(' \n\n')).message).toBe('line 1: the document is empty')
  })

  it('rejects binary data with the line of the first NUL byte', () => {
    const error = failure(() =>
      decodeDocument(new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01])),
    )
    expect(error.line).toBe(3)
    expect(error.reason).toMatch(/binary/)
  })

  it('rejects text in another encoding with its line', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('1. Vertraulichkeit\n\n- T'),
      0xfc,
      0x72,
    ])
    const error = failure(() => decodeDocument(latin1))
    expect(error.line).toBe(3)
    expect(error.reason).toMatch(/UTF-8/)
  })

  it('rejects a text without TOM structure', () => {
    const error = failure(() => parseTom('Sehr geehrte Damen und Herren,\nanbei unser Angebot.\n'))
    expect(error.message).toMatch(/^line 1: no TOM structure found in lines 1–2/)
  })
})
