import rss from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'
import type { PublishedCompany } from '../../../cms/domain/published-schema'
import { companies, versionsOf } from '../../lib/data'
import { versionItem } from '../../lib/feed'

/** All changes of one company: an item per published TOM version. */
export const getStaticPaths = (async () => (await companies()).map((company) => ({ params: { company: company.slug }, props: { company } }))) satisfies GetStaticPaths

export const GET: APIRoute = async (context) => {
  const { company } = context.props as { company: PublishedCompany }
  const versions = await versionsOf(company.slug)
  return rss({
    title: `${company.name} – Trust Center`,
    description: `Änderungen der technischen und organisatorischen Maßnahmen von ${company.name}.`,
    site: context.site!,
    items: versions.map((v) => versionItem(company, v)),
    customData: `<language>${company.locale}</language>`,
    trailingSlash: true,
  })
}
