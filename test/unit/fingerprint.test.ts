import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTom } from '../../cms/domain/parser'
import { fingerprint, versionContent } from '../../cms/domain/version-content'

const seed = parseTom(
  readFileSync(
    path.join(import.meta.dirname, '../../content/seeds/002_7c348ddddea08d64.txt'),
    'utf8',
  ),
).document
const parsed = { ...seed, version: '2026-11-24', effectiveDate: '2026-11-24' }

/** How a database hands the same version back: row ids, nulls, empty lists, false flags. */
function asStored(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((v, i) =>
      v && typeof v === 'object' ? { id: `row${i}`, ...(asStored(v) as object) } : v,
    )
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {
      alsoCovers: [],
      columns: null,
      implicit: false,
      note: null,
    }
    for (const [k, v] of Object.entries(value)) out[k] = asStored(v)
    return out
  }
  return value
}

describe('fingerprint', () => {
  it('is the same for the parsed document and the stored one', () => {
    const stored = {
      ...(asStored(parsed) as object),
      id: 7,
      effectiveDate: '2026-11-24T00:00:00.000Z',
      status: 'published',
      updatedAt: 'x',
    }
    expect(fingerprint(versionContent(stored))).toBe(fingerprint(versionContent(parsed)))
  })

  it('is sha256 over RFC 8785 canonical JSON, recomputable without this code', () => {
    const content = versionContent({
      title: 'T',
      version: 'v1',
      effectiveDate: '2026-01-01',
      sections: [{ heading: 'Ä', category: 'other', controls: [] }],
    })
    // JCS: keys sorted by UTF-16 code units, no whitespace
    const jcs =
      '{"effectiveDate":"2026-01-01","sections":[{"category":"other","controls":[],"heading":"Ä"}],"title":"T","version":"v1"}'
    expect(fingerprint(content)).toBe(createHash('sha256').update(jcs).digest('hex'))
  })

  it('changes when a measure changes', () => {
    const changed = structuredClone(parsed)
    changed.sections[0]!.controls[1]!.groups[0]!.measures[0]!.text += '.'
    expect(fingerprint(versionContent(changed))).not.toBe(fingerprint(versionContent(parsed)))
  })
})
