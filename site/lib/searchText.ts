/**
 * A value for Pagefind's filters and meta (`data-pagefind-filter`, `data-pagefind-meta`). Pagefind
 * stores an element's decoded text, and a search UI may put it into the page as HTML; with the
 * angle brackets swapped for look-alike quotation marks no stored label can ever become markup.
 */
export const searchText = (value: string): string => value.replace(/</g, '‹').replace(/>/g, '›')
