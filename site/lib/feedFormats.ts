import type { RSSFeedItem } from '@astrojs/rss'

/**
 * Atom 1.0 and JSON Feed 1.1 written from the same items as the RSS feed (@astrojs/rss): every
 * item's id is its absolute link, which is also the RSS guid, so a reader switching formats sees
 * the same entries. Framework-free; the feed routes pass the items they give to RSS.
 */
export interface FeedMeta {
  title: string
  description: string
  language: string
  /** Absolute URL of the page the feed is about. */
  home: string
  /** Absolute URL of the RSS feed; Atom and JSON Feed sit beside it (feed.atom, feed.json). */
  rss: string
  author: string
}

export const atomUrl = (rss: string) => rss.replace(/\.xml$/, '.atom')
export const jsonFeedUrl = (rss: string) => rss.replace(/\.xml$/, '.json')

const xml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )
/** The newest item's date; a feed without items is as old as the epoch, so it never looks changed. */
const updatedOf = (items: RSSFeedItem[]) =>
  new Date(Math.max(0, ...items.map((i) => i.pubDate?.getTime() ?? 0))).toISOString()

export function atomFeed(meta: FeedMeta, items: RSSFeedItem[]): string {
  const entries = items.map((item) => {
    const date = (item.pubDate ?? new Date(0)).toISOString()
    return [
      '  <entry>',
      `    <id>${xml(item.link!)}</id>`,
      `    <title>${xml(item.title ?? '')}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(item.link!)}"/>`,
      `    <published>${date}</published>`,
      `    <updated>${date}</updated>`,
      item.description ? `    <summary>${xml(item.description)}</summary>` : '',
      ...(item.categories ?? []).map((c) => `    <category term="${xml(c)}"/>`),
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(meta.language)}">`,
    `  <id>${xml(atomUrl(meta.rss))}</id>`,
    `  <title>${xml(meta.title)}</title>`,
    `  <subtitle>${xml(meta.description)}</subtitle>`,
    `  <updated>${updatedOf(items)}</updated>`,
    `  <author><name>${xml(meta.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(atomUrl(meta.rss))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(meta.home)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(meta: FeedMeta, items: RSSFeedItem[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1' as const,
    title: meta.title,
    description: meta.description,
    home_page_url: meta.home,
    feed_url: jsonFeedUrl(meta.rss),
    language: meta.language,
    authors: [{ name: meta.author }],
    items: items.map((item) => ({
      id: item.link!,
      url: item.link!,
      title: item.title ?? '',
      content_text: item.description ?? item.title ?? '',
      ...(item.description ? { summary: item.description } : {}),
      date_published: (item.pubDate ?? new Date(0)).toISOString(),
      tags: item.categories ?? [],
    })),
  }
}
