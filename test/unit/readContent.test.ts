import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCompanyContent } from '../../cms/seed/readContent'

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'trust-center-read-'))
  mkdirSync(path.join(dir, 'companies'))
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, 'companies', name), text)
  return dir
}

describe('reading content/companies', () => {
  it('keeps dates and yes/no as the strings the schema checks (YAML 1.2 core schema)', async () => {
    const dir = contentWith({
      'a.yaml':
        'slug: a\nname: "A"\ndescription: no\ntoms:\n  - file: toms/a.txt\n    effectiveDate: 2026-01-01\n',
    })
    const [entry] = await readCompanyContent(dir)
    expect(entry!.company.toms[0]!.effectiveDate).toBe('2026-01-01')
    expect(entry!.company.description).toBe('no')
  })

  it('names the file and line of a YAML syntax error', async () => {
    const dir = contentWith({
      'broken.yaml':
        'slug: broken\nname: Broken\ntoms:\n  - file: a.txt\n   effectiveDate: 2026-01-01\n',
    })
    await expect(readCompanyContent(dir)).rejects.toThrow(
      /companies\/broken\.yaml:5: not valid YAML: /,
    )
  })

  it('rejects a key given twice', async () => {
    const dir = contentWith({
      'twice.yaml': 'slug: twice\nname: One\nname: Two\ntoms:\n  - file: a.txt\n',
    })
    await expect(readCompanyContent(dir)).rejects.toThrow(
      /twice\.yaml:3: not valid YAML: duplicated mapping key/,
    )
  })
})
