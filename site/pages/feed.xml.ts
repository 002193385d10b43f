import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { allVersions, companies, subprocessorEvents } from '../lib/data'
import { byDate, eventItem, versionItem } from '../lib/feed'

/** Everything that changed in this trust center, newest first. */
export const GET: APIRoute = async (context) => {
  const bySlug = new Map((await companies()).map((c) => [c.slug, c]))
  const items = [
    ...(await allVersions()).flatMap((v) => (bySlug.has(v.company) ? [versionItem(bySlug.get(v.company)!, v, context.site!)] : [])),
    ...(await subprocessorEvents()).flatMap((e) => (bySlug.has(e.company) ? [eventItem(bySlug.get(e.company)!, e, context.site!)] : [])),
  ].sort(byDate)
  return rss({
    title: 'Trust Center – alle Änderungen',
    description: 'Neue Versionen der technischen und organisatorischen Maßnahmen und Änderungen bei Unterauftragsverarbeitern aller Unternehmen dieses Trust Centers.',
    site: context.site!,
    items,
    customData: '<language>de</language>',
  })
}
