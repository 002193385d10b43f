import type { Plugin } from 'vite'

/** Astro's module holding the content layer's data store in a build. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content'
const PREFIX = 'export default JSON.parse('
const PIECE = 1 << 20

/**
 * Astro writes the whole data store into one module as `JSON.parse("…")`, one string literal.
 * V8 compiles a string literal in time that grows faster than its length (size L, 36 MB: about
 * 16 s before the first page renders; the same text as 1 MiB literals joined at run time: 2 s —
 * docs/performance.md, "The data store in pieces"). Astro's own chunked storage would avoid it,
 * but its writer measures the store one character at a time (slower than what it saves).
 * Any other form of the module (another Astro version) is left as it is.
 */
export function inPieces(code: string): string | null {
  if (!code.startsWith(PREFIX) || !code.endsWith(')')) return null
  let text: unknown
  try {
    text = JSON.parse(code.slice(PREFIX.length, -1))
  } catch {
    return null
  }
  if (typeof text !== 'string' || text.length <= PIECE) return null
  const pieces: string[] = []
  for (let i = 0; i < text.length; i += PIECE) pieces.push(JSON.stringify(text.slice(i, i + PIECE)))
  return `${PREFIX}[${pieces.join(',\n')}].join(''))`
}

export function dataStoreInPieces(): Plugin {
  return {
    name: 'trust-center:data-store-in-pieces',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE) return null
      const split = inPieces(code)
      return split === null ? null : { code: split, map: { mappings: '' } }
    },
  }
}
