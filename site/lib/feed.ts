import type { RSSFeedItem } from '@astrojs/rss'
import type {
  PublishedCompany,
  PublishedSubprocessorEvent,
  PublishedTomVersion,
} from '@trust-center/core/published-schema'
import { changesPath, eventAnchor } from './data'
import { formatDate } from './i18n'

/**
 * One RSS item per published TOM version, linking to what changed in it. Links are absolute:
 * @astrojs/rss would otherwise rewrite their trailing slash (and break #anchors).
 */
export function versionItem(
  company: PublishedCompany,
  v: PublishedTomVersion,
  site: URL,
): RSSFeedItem {
  const kind =
    v.changeKind === 'editorial'
      ? 'Redaktionelle Änderung'
      : v.changeKind === 'material'
        ? 'Wesentliche Änderung'
        : 'Neue Version'
  return {
    title: `${company.name}: TOM-Version ${v.version} (${kind})`,
    link: new URL(changesPath(v), site).href,
    pubDate: new Date(v.publishedAt ?? v.effectiveDate),
    description: [v.changeSummary, `Gültig ab ${formatDate(v.effectiveDate)}.`]
      .filter(Boolean)
      .join(' '),
    categories: ['toms', ...(v.changeKind ? [v.changeKind] : [])],
  }
}

/** One RSS item per subprocessor change, with its objection deadline and effective date. */
export function eventItem(
  company: PublishedCompany,
  e: PublishedSubprocessorEvent,
  site: URL,
): RSSFeedItem {
  const what = {
    added: 'Neuer Unterauftragsverarbeiter',
    changed: 'Unterauftragsverarbeiter geändert',
    removed: 'Unterauftragsverarbeiter entfällt',
  }[e.kind]
  return {
    title: `${company.name}: ${what} – ${e.snapshot.name}${e.material ? '' : ' (redaktionell)'}`,
    link: new URL(`/${company.slug}/subprocessors/#${eventAnchor(e)}`, site).href,
    pubDate: new Date(e.announcedAt),
    description: [
      e.note,
      e.objectionDeadline ? `Einspruch bis ${formatDate(e.objectionDeadline)}.` : undefined,
      `Wirksam ab ${formatDate(e.effectiveAt)}.`,
    ]
      .filter(Boolean)
      .join(' '),
    categories: ['subprocessors', e.kind, ...(e.material ? [] : ['editorial'])],
  }
}

/** Newest first; items without a date of their own keep their order. */
export const byDate = (a: RSSFeedItem, b: RSSFeedItem) =>
  (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0)
