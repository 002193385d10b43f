import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { allVersions, companies } from '../lib/data'
import { versionItem } from '../lib/feed'

/** Everything that changed in this trust center, newest first. */
export const GET: APIRoute = async (context) => {
  const bySlug = new Map((await companies()).map((c) => [c.slug, c]))
  const items = (await allVersions()).flatMap((v) => (bySlug.has(v.company) ? [versionItem(bySlug.get(v.company)!, v)] : []))
  return rss({
    title: 'Trust Center – alle Änderungen',
    description: 'Neue Versionen der technischen und organisatorischen Maßnahmen aller Unternehmen dieses Trust Centers.',
    site: context.site!,
    items,
    customData: '<language>de</language>',
    trailingSlash: true,
  })
}
