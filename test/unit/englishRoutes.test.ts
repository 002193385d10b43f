import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { englishPattern, translatedPages } from '../../site/englishRoutes'
import { localeOfRoute } from '../../site/lib/i18n'

const pages = path.resolve(import.meta.dirname, '../../site/pages')

describe('English routes from the German page files', () => {
  it('maps a page file to its route under /en/', () => {
    expect(englishPattern('index.astro')).toBe('/en')
    expect(englishPattern('about/design.astro')).toBe('/en/about/design')
    expect(englishPattern('[company]/toms/[version]/changes/index.astro')).toBe(
      '/en/[company]/toms/[version]/changes',
    )
  })

  it('gives every page of site/pages an English route, but no endpoint and not the 404 page', () => {
    const files = readdirSync(pages, { recursive: true, encoding: 'utf8' })
    expect(translatedPages(files).map(englishPattern)).toEqual([
      '/en/[company]',
      '/en/[company]/subprocessors',
      '/en/[company]/toms/[version]/changes',
      '/en/[company]/toms/[version]',
      '/en/[company]/toms/compare',
      '/en/[company]/toms',
      '/en/about/[page]',
      '/en/about/design',
      '/en/about/fingerprint',
      '/en/compare',
      '/en',
      '/en/search',
      '/en/subscription/[result]',
    ])
  })

  it('keeps the English routes in the integration, not in page files', () => {
    expect(readdirSync(pages)).not.toContain('en')
  })

  it('reads the locale of a route pattern', () => {
    expect(localeOfRoute('/about/[page]')).toBe('de')
    expect(localeOfRoute('/en/about/[page]')).toBe('en')
    expect(localeOfRoute('/en')).toBe('en')
    expect(localeOfRoute('/enterprise')).toBe('de')
  })
})
