import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'
import { z } from 'zod'
import { isoDateSchema, sectionSchema } from './tom-schema'

/**
 * What a TOM version promises, as fingerprinted: the text and structure, not its workflow state.
 * The CMS computes the fingerprint when it publishes; the site prints it and puts `content` in
 * `/{company}/toms/{version}.json`, so anyone can recompute it:
 *
 *   sha256( JCS(content) )   — JCS = JSON Canonicalization Scheme, RFC 8785
 */
export const versionContentSchema = z.object({
  title: z.string(),
  version: z.string(),
  effectiveDate: isoDateSchema,
  preamble: z.string().optional(),
  sections: z.array(sectionSchema),
  closing: z.string().optional(),
})
export type VersionContent = z.infer<typeof versionContentSchema>

/**
 * Drops what storage adds or leaves out without changing meaning, recursively: row ids, empty
 * values (null, ""), false flags and empty optional lists. The parser's output and the same
 * document read back from any database then have one form, and so one fingerprint.
 */
const EMPTY_MEANS_ABSENT = new Set(['alsoCovers', 'columns'])
export function withoutStorageNoise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutStorageNoise)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' || v === null || v === undefined || v === '' || v === false) continue
      if (EMPTY_MEANS_ABSENT.has(k) && Array.isArray(v) && v.length === 0) continue
      out[k] = withoutStorageNoise(v)
    }
    return out
  }
  return value
}

/** The fingerprinted content of a stored or published version (unknown keys are dropped). */
export function versionContent(raw: Record<string, unknown>): VersionContent {
  const clean = withoutStorageNoise(raw) as Record<string, unknown>
  const date =
    typeof clean.effectiveDate === 'string' ? clean.effectiveDate.slice(0, 10) : clean.effectiveDate
  return versionContentSchema.parse({ ...clean, effectiveDate: date })
}

export const FINGERPRINT_ALGORITHM = 'sha256 over RFC 8785 (JCS) canonical JSON of `content`'

export function fingerprint(content: VersionContent): string {
  return createHash('sha256')
    .update(canonicalize(content) ?? '', 'utf8')
    .digest('hex')
}
