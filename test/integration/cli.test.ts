import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/** `npm run -s trustcenter -- parse FILE` as a user calls it. */
const root = path.resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(path.join(tmpdir(), 'trust-center-cli-'))
const parse = (file: string) => spawnSync('npm', ['run', '-s', 'trustcenter', '--', 'parse', file], { cwd: root, encoding: 'utf8', timeout: 60_000 })
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(tmp, name)
  writeFileSync(file, content)
  return file
}

describe('trustcenter parse', () => {
  it('prints a seed as JSON equal to its golden file, warnings on stderr', () => {
    const result = parse('content/seeds/000_d0f3340e58d74642.txt')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(path.join(root, 'test/fixtures/golden/000_d0f3340e58d74642.json'), 'utf8')))
    expect(result.stderr).toContain('content/seeds/000_d0f3340e58d74642.txt:116: warning: heading "Aktualisierungen" matches no Art. 32 category')
  })

  const bad = [
    { name: 'empty.txt', content: '', message: /empty\.txt:1: error: the document is empty/ },
    { name: 'binary.pdf', content: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x0a, 0x00, 0xff]), message: /binary\.pdf:3: error: binary data/ },
    { name: 'latin1.txt', content: new Uint8Array([0x31, 0x2e, 0x20, 0x54, 0x0a, 0xfc]), message: /latin1\.txt:2: error: not valid UTF-8/ },
    { name: 'letter.txt', content: 'Sehr geehrte Damen und Herren,\n\nvielen Dank.\n', message: /letter\.txt:1: error: no TOM structure found in lines 1–3/ },
  ]
  for (const { name, content, message } of bad) {
    it(`rejects ${name} with a line-numbered message, exit 1 and no JSON`, () => {
      const result = parse(write(name, content))
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(message)
    })
  }

  it('says so when the file does not exist', () => {
    const result = parse(path.join(tmp, 'missing.txt'))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/missing\.txt: cannot read file \(ENOENT\)/)
  })

  it('shows usage for an unknown command', () => {
    const result = spawnSync('npm', ['run', '-s', 'trustcenter', '--', 'frobnicate'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/unknown command "frobnicate"/)
  })
})
