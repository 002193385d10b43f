import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { subprocessorEvents, versionsOf } from '../../lib/data'
import { byDate, eventItem, versionItem } from '../../lib/feed'
import { companyPaths } from '../../lib/paths'

/** All changes of one company: TOM versions and subprocessor changes. */
// With the company's cache key: a rebuild takes the feeds of unchanged companies from the cache.
export const getStaticPaths = companyPaths

export const GET: APIRoute = async (context) => {
  const { company } = context.props as { company: PublishedCompany }
  const versions = await versionsOf(company.slug)
  return rss({
    title: `${company.name} – Trust Center`,
    description: `Änderungen der technischen und organisatorischen Maßnahmen und der Unterauftragsverarbeiter von ${company.name}.`,
    site: context.site!,
    items: [...versions.map((v) => versionItem(company, v, context.site!)), ...(await subprocessorEvents(company.slug)).map((e) => eventItem(company, e, context.site!))].sort(byDate),
    customData: `<language>${company.locale}</language>`,
  })
}
