import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { allVersions, companies, subprocessorEvents } from '../lib/data'
import { byDate, eventItem, versionItem } from '../lib/feed'

/** The newest changes of the whole trust center; older ones stay in each company's own feed. */
const FEED_LIMIT = 200

export const GET: APIRoute = async (context) => {
  const bySlug = new Map((await companies()).map((c) => [c.slug, c]))
  const items = [
    ...(await allVersions()).flatMap((v) => (bySlug.has(v.company) ? [versionItem(bySlug.get(v.company)!, v, context.site!)] : [])),
    ...(await subprocessorEvents()).flatMap((e) => (bySlug.has(e.company) ? [eventItem(bySlug.get(e.company)!, e, context.site!)] : [])),
  ]
    .sort(byDate)
    .slice(0, FEED_LIMIT)
  return rss({
    title: 'Trust Center – alle Änderungen',
    description: 'Neue Versionen der technischen und organisatorischen Maßnahmen und Änderungen bei Unterauftragsverarbeitern aller Unternehmen dieses Trust Centers.',
    site: context.site!,
    items,
    customData: '<language>de</language>',
  })
}
