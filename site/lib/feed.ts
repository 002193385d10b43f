import type { RSSFeedItem } from '@astrojs/rss'
import type { PublishedCompany, PublishedTomVersion } from '../../cms/domain/published-schema'
import { changesPath } from './data'
import { formatDate } from './i18n'

/** One RSS item per published TOM version, linking to what changed in it. */
export function versionItem(company: PublishedCompany, v: PublishedTomVersion): RSSFeedItem {
  const kind = v.changeKind === 'editorial' ? 'Redaktionelle Änderung' : v.changeKind === 'material' ? 'Wesentliche Änderung' : 'Neue Version'
  return {
    title: `${company.name}: TOM-Version ${v.version} (${kind})`,
    link: changesPath(v),
    pubDate: new Date(v.publishedAt ?? v.effectiveDate),
    description: [v.changeSummary, `Gültig ab ${formatDate(v.effectiveDate)}.`].filter(Boolean).join(' '),
    categories: ['toms', ...(v.changeKind ? [v.changeKind] : [])],
  }
}
