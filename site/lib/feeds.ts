import rss, { type RSSFeedItem } from '@astrojs/rss'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { allVersions, companies, subprocessorEvents, versionsOf } from './data'
import { byDate, eventItem, versionItem } from './feed'
import { atomFeed, type FeedMeta, jsonFeed } from './feedFormats'

/**
 * The three feeds of the trust center (everything, a company's changes, its subprocessor
 * changes), each offered as RSS 2.0, Atom 1.0 and JSON Feed 1.1 from the same items.
 */
interface FeedContent {
  meta: FeedMeta
  items: RSSFeedItem[]
}

/** The newest changes of the whole trust center; older ones stay in each company's own feed. */
const FEED_LIMIT = 200

export async function siteFeed(site: URL): Promise<FeedContent> {
  const bySlug = new Map((await companies()).map((c) => [c.slug, c]))
  const items = [
    ...(await allVersions()).flatMap((v) =>
      bySlug.has(v.company) ? [versionItem(bySlug.get(v.company)!, v, site)] : [],
    ),
    ...(await subprocessorEvents()).flatMap((e) =>
      bySlug.has(e.company) ? [eventItem(bySlug.get(e.company)!, e, site)] : [],
    ),
  ]
    .sort(byDate)
    .slice(0, FEED_LIMIT)
  return {
    meta: {
      title: 'Trust Center – alle Änderungen',
      description:
        'Neue Versionen der technischen und organisatorischen Maßnahmen und Änderungen bei Unterauftragsverarbeitern aller Unternehmen dieses Trust Centers.',
      language: 'de',
      home: new URL('/', site).href,
      rss: new URL('/feed.xml', site).href,
      author: 'Trust Center',
    },
    items,
  }
}

/** All changes of one company: TOM versions and subprocessor changes. */
export async function companyFeed(company: PublishedCompany, site: URL): Promise<FeedContent> {
  const versions = await versionsOf(company.slug)
  return {
    meta: {
      title: `${company.name} – Trust Center`,
      description: `Änderungen der technischen und organisatorischen Maßnahmen und der Unterauftragsverarbeiter von ${company.name}.`,
      language: company.locale,
      home: new URL(`/${company.slug}/`, site).href,
      rss: new URL(`/${company.slug}/feed.xml`, site).href,
      author: company.name,
    },
    items: [
      ...versions.map((v) => versionItem(company, v, site)),
      ...(await subprocessorEvents(company.slug)).map((e) => eventItem(company, e, site)),
    ].sort(byDate),
  }
}

/** Subprocessor changes of one company, newest first. */
export async function subprocessorFeed(company: PublishedCompany, site: URL): Promise<FeedContent> {
  return {
    meta: {
      title: `${company.name} – Unterauftragsverarbeiter`,
      description: `Neue, geänderte und entfallende Unterauftragsverarbeiter von ${company.name}, mit Einspruchsfristen.`,
      language: company.locale,
      home: new URL(`/${company.slug}/subprocessors/`, site).href,
      rss: new URL(`/${company.slug}/subprocessors/feed.xml`, site).href,
      author: company.name,
    },
    items: (await subprocessorEvents(company.slug)).map((e) => eventItem(company, e, site)),
  }
}

export const rssResponse = ({ meta, items }: FeedContent, site: URL) =>
  rss({
    title: meta.title,
    description: meta.description,
    site,
    items,
    customData: `<language>${meta.language}</language>`,
  })

export const atomResponse = ({ meta, items }: FeedContent) =>
  new Response(atomFeed(meta, items), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })

export const jsonFeedResponse = ({ meta, items }: FeedContent) =>
  new Response(`${JSON.stringify(jsonFeed(meta, items), null, 2)}\n`, {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  })
