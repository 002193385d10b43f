import countries from 'i18n-iso-countries'
import countriesDe from 'i18n-iso-countries/langs/de.json'
import countriesEn from 'i18n-iso-countries/langs/en.json'
import { categoryLabel } from '@trust-center/core/taxonomy'
import { safeguardLabel } from '@trust-center/core/safeguards'
import { de } from '../i18n/de'
import { en } from '../i18n/en'

countries.registerLocale(countriesDe)
countries.registerLocale(countriesEn)

/** Interface text as data (site/i18n/*.ts); German is the default locale at /, English at /en/. */
export const ui = { de, en }
export type Locale = keyof typeof ui
export const LOCALES: readonly Locale[] = ['de', 'en']

/** The locale of the page being rendered, from its URL (Astro's i18n routing). */
export const localeOf = (astro: { currentLocale?: string | undefined }): Locale =>
  astro.currentLocale === 'en' ? 'en' : 'de'
/** The locale of a route pattern, for getStaticPaths (it gets `routePattern`, not the URL). */
export const localeOfRoute = (routePattern: string): Locale =>
  routePattern === '/en' || routePattern.startsWith('/en/') ? 'en' : 'de'
export const t = (locale: Locale = 'de') => ui[locale]
export const category = (key: string, locale: Locale = 'de') => categoryLabel(key, locale)
export const countryName = (code: string, locale: Locale = 'de') =>
  countries.getName(code, locale) ?? code
export const safeguard = (value: string, locale: Locale = 'de') => safeguardLabel(value, locale)

/** A site path in a locale: "/mpmx/" stays as it is in German and becomes "/en/mpmx/" in English. */
export const localized = (locale: Locale, path: string) =>
  locale === 'en' && path.startsWith('/') ? `/en${path}` : path

/** The same page in the other language. */
export function otherLocalePath(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/en' || pathname.startsWith('/en/'))
    return { locale: 'de', path: pathname.slice(3) || '/' }
  return { locale: 'en', path: `/en${pathname}` }
}

/**
 * One formatter per locale (creating an Intl.DateTimeFormat is slow), and each day formatted once:
 * a build formats dates on every page, the same few thousand days (size L: 1.6 s of rendering).
 */
const dateFormats = new Map<Locale, { format: Intl.DateTimeFormat; days: Map<number, string> }>()
const DAY_MS = 86_400_000

export function formatDate(iso: string | undefined, locale: Locale = 'de'): string {
  if (!iso) return ''
  let formats = dateFormats.get(locale)
  if (!formats)
    dateFormats.set(
      locale,
      (formats = {
        format: new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
          dateStyle: 'long',
          timeZone: 'UTC',
        }),
        days: new Map(),
      }),
    )
  const date = new Date(iso)
  const day = Math.floor(date.getTime() / DAY_MS) // the UTC day: all the format shows
  let text = formats.days.get(day)
  if (text === undefined) {
    text = formats.format.format(date) // an invalid date throws here, as before
    formats.days.set(day, text)
  }
  return text
}
