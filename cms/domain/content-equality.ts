import canonicalize from 'canonicalize'

/**
 * Whether two encodings of a TOM version's content say the same thing. The admin form sends
 * what it holds: keys in another order, an empty list as the row count `0`, empty fields as
 * `null` or "", row ids. The stored document has its own encoding of the same content. Both are
 * reduced to one form — values that mean "nothing" dropped, then RFC 8785 (JCS) canonical JSON,
 * as for the fingerprint — and compared as strings.
 */

/** Values that mean "nothing here" in any encoding: missing, null, "", false, 0 (an empty array's row count), []. */
function isNothing(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    value === false ||
    value === 0 ||
    (Array.isArray(value) && value.length === 0)
  )
}

/** The value without row ids and without anything that means "nothing", recursively. */
export function meaningfulContent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(meaningfulContent)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id') continue
      const reduced = meaningfulContent(inner)
      if (
        isNothing(reduced) ||
        (reduced &&
          typeof reduced === 'object' &&
          !Array.isArray(reduced) &&
          Object.keys(reduced).length === 0)
      )
        continue
      out[key] = reduced
    }
    return out
  }
  return isNothing(value) ? null : value
}

/** RFC 8785 canonical JSON of the meaningful content (`null` when there is none). */
export function canonicalContent(value: unknown): string {
  return canonicalize(meaningfulContent(value) ?? null) ?? 'null'
}

export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalContent(a) === canonicalContent(b)
}
