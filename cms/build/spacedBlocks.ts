/**
 * Closing tags after which a reader sees a break (a cell, a term and its description, a heading,
 * a line break). Pagefind joins the text on both sides of them into one word when no whitespace
 * is between the tags, as the built pages have none: "Wirksam ab</dt><dd>1. März" was indexed and
 * shown as "Wirksam ab1. März", a table's header row as "UnternehmenZweckDatenkategorien".
 */
const BREAK_AFTER =
  /(<\/(?:address|article|aside|blockquote|button|caption|dd|div|dl|dt|figcaption|footer|h[1-6]|header|label|legend|li|ol|p|section|summary|table|td|th|tr|ul)>|<br\s*\/?>)(?=<)/gi

/** A badge beside a name ("Neu: Beispiel Hosting AG" + "bei Einführung …") is a word of its own. */
const BADGE = /(?<=>)(?=<span class="badge)/g

/** A page as handed to Pagefind: whitespace where the page shows a break between two texts. */
export function spacedBlocks(html: string): string {
  return html.replace(BREAK_AFTER, '$1 ').replace(BADGE, ' ')
}
