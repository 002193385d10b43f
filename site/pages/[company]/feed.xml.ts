import rss from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'
import type { PublishedCompany } from '../../../cms/domain/published-schema'
import { companies, subprocessorEvents, versionsOf } from '../../lib/data'
import { byDate, eventItem, versionItem } from '../../lib/feed'

/** All changes of one company: TOM versions and subprocessor changes. */
export const getStaticPaths = (async () => (await companies()).map((company) => ({ params: { company: company.slug }, props: { company } }))) satisfies GetStaticPaths

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
