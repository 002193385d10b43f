import { describe, expect, it } from 'vitest'
import { alternatingLanguages } from '../../cms/build/searchIndex'

describe('alternatingLanguages (the order pages are handed to the per-language Pagefind processes)', () => {
  it('alternates between the German pages at / and the English ones under en/, each group in path order', () => {
    const files = [
      'mpmx/index.html',
      'en/mpmx/index.html',
      'acme/toms/index.html',
      'en/acme/index.html',
      'search/index.html',
      'en/search/index.html',
      'zeta/index.html',
    ]
    expect(alternatingLanguages(files)).toEqual([
      'acme/toms/index.html',
      'en/acme/index.html',
      'mpmx/index.html',
      'en/mpmx/index.html',
      'search/index.html',
      'en/search/index.html',
      'zeta/index.html',
    ])
  })

  it('keeps every page exactly once', () => {
    const files = Array.from({ length: 50 }, (_, i) =>
      i % 3 === 0 ? `en/c${i}/index.html` : `c${i}/index.html`,
    )
    const out = alternatingLanguages(files)
    expect(out).toHaveLength(50)
    expect([...out].sort()).toEqual([...files].sort())
  })
})
