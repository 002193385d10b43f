/**
 * Where the search index of one language lives in the built site, beside that language's pages:
 * German (the default locale, at /) in /pagefind/, English in /en/pagefind/. Each search page
 * loads the index of its own language (site/views/SearchPage.astro); cms/build/searchIndex.ts
 * writes one index per language, each by a Pagefind process of its own.
 */
export const searchBundlePath = (language: string) =>
  language === 'de' ? '/pagefind/' : `/${language}/pagefind/`

/** The site's languages (astro.config.mjs, i18n.locales): a search index is started for each ahead. */
export const SEARCH_LANGUAGES = ['de', 'en'] as const
