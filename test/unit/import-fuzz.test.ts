import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../cms/domain/import/index'
import { parseSubprocessorList } from '../../cms/domain/import/subprocessors/parseSubprocessorList'
import { ParseError, parseTom } from '../../cms/domain/parser/index'
import { makeDocx } from '../helpers/docx'
import { printToPdf } from '../helpers/pdf'

/** Deterministic randomness, so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  }
}

const seedsDir = join(import.meta.dirname, '../../content/seeds')
const fixturesDir = join(import.meta.dirname, '../fixtures/import')
const corpus = [
  ...readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), 'utf8')),
  ...readdirSync(fixturesDir)
    .filter((f) => /\.(md|txt|html)$/.test(f))
    .map((f) => readFileSync(join(fixturesDir, f), 'utf8')),
]
const WORDS = [
  'Zutrittskontrolle',
  'Access control',
  'Vertraulichkeit',
  'Alarmanlage',
  'Measures for ensuring',
  'I.',
  'a)',
  '(iv)',
  '1.2.3',
  '☒',
  '☐',
  '•',
  '|',
  '**',
  '#',
  '---',
  ':',
  'Seite 2 von 9',
  '\t',
  'GmbH',
  'ü',
  '\u0007',
  '\u00a0',
  '\u200b',
  '😀',
  '<ul>',
  '<li>',
  '</td>',
  'Stand: 01.01.2026',
  'x@y.example',
]

/** Either a valid result or a ParseError — anything else (TypeError, RangeError, a hang) is a bug. */
async function survives(bytes: Uint8Array, name: string) {
  try {
    const r = await importDocument(bytes, name)
    const { total, ...kinds } = r.result.report.lines
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(total)
    return 'parsed'
  } catch (error) {
    if (error instanceof ParseError) return 'refused'
    throw new Error(`${name}: ${(error as Error).stack}`)
  }
}

describe('importer fuzzing: never a crash, never a hang', () => {
  it('random documents built from TOM-like pieces', async () => {
    const rnd = random(1)
    const outcomes = new Set<string>()
    for (let n = 0; n < 400; n++) {
      const lines = Array.from(
        { length: 1 + rnd.int(60) },
        () =>
          `${' '.repeat(rnd.int(9))}${Array.from({ length: rnd.int(8) }, () => rnd.pick(WORDS)).join(rnd.pick([' ', '', '  ']))}`,
      )
      outcomes.add(
        await survives(
          new TextEncoder().encode(lines.join(rnd.pick(['\n', '\r\n', '\n\n']))),
          `random-${n}.${rnd.pick(['txt', 'md', 'html'])}`,
        ),
      )
    }
    expect([...outcomes].sort()).toEqual(['parsed', 'refused'])
  }, 60_000)

  it('mutated real documents: lines dropped, doubled, swapped, cut, random bytes inserted', async () => {
    const rnd = random(2)
    for (let n = 0; n < 300; n++) {
      const lines = rnd.pick(corpus).split('\n')
      for (let k = rnd.int(12); k > 0; k--) {
        const i = rnd.int(lines.length)
        const op = rnd.int(5)
        if (op === 0) lines.splice(i, 1)
        else if (op === 1) lines.splice(i, 0, lines[i] ?? '')
        else if (op === 2) [lines[i], lines[0]] = [lines[0] ?? '', lines[i] ?? '']
        else if (op === 3) lines[i] = (lines[i] ?? '').slice(0, rnd.int(20))
        else lines[i] = `${lines[i] ?? ''}${String.fromCharCode(rnd.int(0x3000))}`
      }
      const bytes = new TextEncoder().encode(lines.join('\n'))
      await survives(bytes, `mutant-${n}.txt`)
    }
  }, 60_000)

  it('random bytes, Latin-1 and UTF-16 re-encodings', async () => {
    const rnd = random(3)
    for (let n = 0; n < 100; n++) {
      const bytes = Uint8Array.from({ length: rnd.int(3000) }, () => rnd.int(256))
      await survives(bytes, `noise-${n}.bin`)
      const text = rnd.pick(corpus)
      await survives(
        Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff)),
        `latin1-${n}.txt`,
      )
      await survives(Buffer.from(text, 'utf16le').subarray(rnd.int(2)), `utf16-${n}.txt`)
    }
  }, 60_000)

  it('deep nesting, long lines and tag soup', async () => {
    const bullets = Array.from(
      { length: 3000 },
      (_, i) => `${' '.repeat(i % 400)}- Ebene ${i}`,
    ).join('\n')
    expect(
      await survives(new TextEncoder().encode(`1. Vertraulichkeit\n\n${bullets}\n`), 'deep.md'),
    ).toBe('parsed')
    const html = `<h2>1. Vertraulichkeit</h2>${'<ul><li>Maßnahme'.repeat(2000)}${'</li></ul>'.repeat(2000)}`
    expect(await survives(new TextEncoder().encode(html), 'deep.html')).toBe('parsed')
    const longLine = `1. Vertraulichkeit\n\n- ${'Zutrittskontrolle mit Alarmanlage und '.repeat(30_000)}\n`
    expect(await survives(new TextEncoder().encode(longLine), 'long.txt')).toBe('parsed')
    const soup = '<p><b><i><table><tr><td>Zutrittskontrolle<td><ul><li>x</table></b>'.repeat(500)
    await survives(new TextEncoder().encode(soup), 'soup.html')
  }, 60_000)

  it('subprocessor lists: random input is read or refused with a ParseError', () => {
    const rnd = random(4)
    const pieces = [
      'Name',
      'Zweck',
      'Land',
      ';',
      ',',
      '|',
      '"',
      '\n',
      'Deutschland',
      'USA',
      'GmbH',
      '- ',
      '<td>',
      'SCC',
      '---',
    ]
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: rnd.int(80) }, () => rnd.pick(pieces)).join(
        rnd.pick(['', ' ']),
      )
      try {
        parseSubprocessorList(text, rnd.pick(['x.csv', 'x.md', 'x.html', undefined]))
      } catch (error) {
        if (!(error instanceof ParseError))
          throw new Error(`input ${JSON.stringify(text)}: ${(error as Error).stack}`)
      }
    }
  })

  it('megabytes of text: time grows linearly with size', () => {
    const base = corpus.slice(0, 5).join('\n\n')
    const sized = (bytes: number) => base.repeat(Math.ceil(bytes / base.length))
    const time = (text: string) => {
      const start = performance.now()
      parseTom(text)
      return performance.now() - start
    }
    time(sized(100_000)) // warm-up
    const small = Math.min(time(sized(500_000)), time(sized(500_000)))
    const large = time(sized(4_000_000))
    // 8× the input; a quadratic step would take ~64× as long. The bound is loose for shared machines.
    expect(large / small).toBeLessThan(24)
  }, 120_000)
})

describe('importer fuzzing: PDF and .docx', () => {
  const outcome = async (bytes: Uint8Array, name: string) => {
    const started = Date.now()
    const result = await importDocument(bytes, name).then(
      () => 'parsed',
      (e) => (e instanceof ParseError ? `refused: ${e.reason}` : `crash: ${(e as Error).stack}`),
    )
    return { result, ms: Date.now() - started }
  }

  it('a zip bomb (a 200 MB document.xml packed small) is refused at once, before unpacking', async () => {
    const bomb = makeDocx(
      [{ text: 'Zutrittskontrolle', style: 'Heading1' }, { text: 'Alarmanlage' }],
      { padding: 200 * 1024 * 1024 },
    )
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const before = process.memoryUsage().rss
    const { result, ms } = await outcome(new Uint8Array(bomb), 'bomb.docx')
    expect(result).toMatch(
      /^refused: the \.docx file would unpack to more than \d+ MB .* possible zip bomb/,
    )
    expect(ms).toBeLessThan(1000)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  }, 60_000)

  it('a zip bomb that lies about its size is stopped while unpacking', async () => {
    const liar = makeDocx([{ text: 'Zutrittskontrolle', style: 'Heading1' }], {
      padding: 80 * 1024 * 1024,
      declaredSize: 2000,
    })
    const { result, ms } = await outcome(new Uint8Array(liar), 'liar.docx')
    expect(result).toMatch(
      /^refused: part "word\/document\.xml" of the \.docx file unpacks to more than it declares/,
    )
    expect(ms).toBeLessThan(3000)
  }, 60_000)

  it('300,000 nested <ul><li> are answered within seconds (nesting capped in one linear pass)', async () => {
    const html = `<h1>TOM</h1><h2>Zutrittskontrolle</h2>${'<ul><li>Alarmanlage'.repeat(300_000)}`
    const { result, ms } = await outcome(new TextEncoder().encode(html), 'deep.html')
    expect(result).not.toMatch(/^crash/)
    expect(ms).toBeLessThan(15_000)
  }, 60_000)

  it('a password-protected .docx (an OLE compound file) says so', async () => {
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect((await outcome(ole, 'secret.docx')).result).toMatch(/password-protected/)
  })

  it('truncated and bit-flipped .docx files: a clear error or a result, never a crash or a hang', async () => {
    const docx = makeDocx([
      { text: 'TOM', style: 'Heading1' },
      { text: 'Zutrittskontrolle', style: 'Heading2' },
      { text: 'Alarmanlage' },
      { text: 'Zugangskontrolle', style: 'Heading2' },
      { text: 'Passwortrichtlinie' },
    ])
    const rnd = random(7)
    for (let n = 0; n < 60; n++) {
      let bytes = new Uint8Array(docx)
      if (n % 2 === 0) bytes = bytes.subarray(0, rnd.int(bytes.length))
      else for (let k = 0; k < 1 + rnd.int(8); k++) bytes[rnd.int(bytes.length)] = rnd.int(256)
      const { result, ms } = await outcome(bytes, `fuzz-${n}.docx`)
      expect(result).not.toMatch(/^crash/)
      expect(ms).toBeLessThan(5000)
    }
  }, 120_000)

  it('truncated and bit-flipped PDFs: a clear error or a result, never a crash or a hang', async () => {
    const pdf = await printToPdf(
      '<h1>TOM</h1><h2>Zutrittskontrolle</h2><ul><li>Alarmanlage</li><li>Videoüberwachung</li></ul><h2>Zugangskontrolle</h2><p>Passwortrichtlinie, Zwei-Faktor-Authentifizierung, Sperrung nach Fehlversuchen</p>',
    )
    const rnd = random(8)
    const outcomes = new Set<string>()
    for (let n = 0; n < 40; n++) {
      let bytes = new Uint8Array(pdf)
      if (n % 2 === 0) bytes = bytes.slice(0, rnd.int(bytes.length))
      else for (let k = 0; k < 1 + rnd.int(16); k++) bytes[rnd.int(bytes.length)] = rnd.int(256)
      const { result, ms } = await outcome(bytes, `fuzz-${n}.pdf`)
      expect(result).not.toMatch(/^crash/)
      expect(ms).toBeLessThan(10_000)
      outcomes.add(result.split(':')[0]!)
    }
    expect(outcomes.has('refused')).toBe(true)
  }, 180_000)
})
