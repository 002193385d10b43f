import { describe, expect, it } from 'vitest'
import { inPieces } from '../../site/dataStoreInPieces'

const moduleOf = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`
/** What the module's default export is, evaluated as the build would. */
const exported = (code: string): unknown =>
  new Function(code.replace(/^export default /, 'return '))() as unknown

describe("Astro's data store module in 1 MiB string pieces", () => {
  it('gives the same data, whatever the text holds (quotes, escapes, non-ASCII, emoji across a cut)', () => {
    const entry = { name: 'Müller "Cloud" GmbH\n\\ 😀 \u2028', n: 1 }
    const data = Array.from({ length: 60_000 }, (_, i) => ({ ...entry, n: i }))
    const json = JSON.stringify(data)
    expect(json.length).toBeGreaterThan(2 << 20)
    const split = inPieces(moduleOf(json))!
    expect(split).not.toBeNull()
    expect(split.match(/^"/gm)?.length).toBeGreaterThanOrEqual(2) // more than one literal
    expect(exported(split)).toEqual(data)
  })

  it('leaves a small store and any other form of the module as it is', () => {
    expect(inPieces(moduleOf('{"a":1}'))).toBeNull()
    expect(inPieces('export default new Map()')).toBeNull()
    expect(inPieces('export default{"tomVersions":[(await import("x"))]}')).toBeNull()
    expect(inPieces('export default JSON.parse(notAString)')).toBeNull()
  })
})
