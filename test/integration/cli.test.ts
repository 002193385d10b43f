import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/** `npm run -s trustcenter -- parse FILE` as a user calls it. */
const root = path.resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(path.join(tmpdir(), 'trust-center-cli-'))
const parse = (file: string) =>
  spawnSync('npm', ['run', '-s', 'trustcenter', '--', 'parse', file], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  })
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(tmp, name)
  writeFileSync(file, content)
  return file
}

describe('trustcenter parse', () => {
  it('prints a seed as JSON equal to its golden file, warnings on stderr', () => {
    const result = parse('content/seeds/000_d0f3340e58d74642.txt')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(
        readFileSync(path.join(root, 'test/fixtures/golden/000_d0f3340e58d74642.json'), 'utf8'),
      ),
    )
    expect(result.stderr).toContain(
      'content/seeds/000_d0f3340e58d74642.txt:116: warning: heading "Aktualisierungen" matches no Art. 32 category',
    )
  })

  const bad = [
    { name: 'empty.txt', content: '', message: /empty\.txt:1: error: the document is empty/ },
    {
      name: 'binary.dat',
      content: new Uint8Array([
        0x48, 0x61, 0x6c, 0x6c, 0x6f, 0x0a, 0x57, 0x65, 0x6c, 0x74, 0x0a, 0x00, 0xff, 0x01,
      ]),
      message: /binary\.dat:3: error: binary data/,
    },
    {
      name: 'cut-off.pdf',
      content: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
      message: /cut-off\.pdf:1: error: not a readable PDF .*damaged or cut off/,
    },
    {
      name: 'letter.txt',
      content: 'Sehr geehrte Damen und Herren,\n\nvielen Dank.\n',
      message: /letter\.txt:1: error: no TOM structure found in lines 1–3/,
    },
  ]
  for (const { name, content, message } of bad) {
    it(`rejects ${name} with a line-numbered message, exit 1 and no JSON`, () => {
      const result = parse(write(name, content))
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(message)
    })
  }

  it('reads a Latin-1 file with a warning and reports what it found', () => {
    const result = parse(
      write(
        'latin1.txt',
        Uint8Array.from(
          [
            ...'Stand: 01.02.2026\n\n1. Vertraulichkeit\n\n1.1 Zutrittskontrolle\n\n- Schlüsselbuch\n',
          ].map((c) => c.charCodeAt(0)),
        ),
      ),
    )
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).document.sections[0].controls[0].measures).toEqual([
      { text: 'Schlüsselbuch' },
    ])
    expect(result.stderr).toMatch(
      /latin1\.txt:7: warning: the file is not UTF-8; read it as Windows-1252/,
    )
    expect(result.stderr).toMatch(
      /text \(windows-1252\); 1 sections, 1 controls, 0 groups, 1 measures; 4 lines: 2 heading, 1 measure, 1 metadata/,
    )
  })

  it('says so when the file does not exist', () => {
    const result = parse(path.join(tmp, 'missing.txt'))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/missing\.txt: cannot read file \(ENOENT\)/)
  })

  it('shows usage for an unknown command', () => {
    const result = spawnSync('npm', ['run', '-s', 'trustcenter', '--', 'frobnicate'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/unknown command "frobnicate"/)
  })

  it('refuses a seed --processes that is not a whole number of at least 1, before touching a database', () => {
    const result = spawnSync(
      'npm',
      ['run', '-s', 'trustcenter', '--', 'seed', '--processes', '0'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--processes takes a whole number of at least 1, not "0"/)
  })
})
