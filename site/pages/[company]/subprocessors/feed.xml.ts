import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { subprocessorEvents } from '../../../lib/data'
import { eventItem } from '../../../lib/feed'
import { companyPaths } from '../../../lib/paths'

/** Subprocessor changes of one company, newest first. */
// With the company's cache key: a rebuild takes the feeds of unchanged companies from the cache.
export const getStaticPaths = companyPaths

export const GET: APIRoute = async (context) => {
  const { company } = context.props as { company: PublishedCompany }
  return rss({
    title: `${company.name} – Unterauftragsverarbeiter`,
    description: `Neue, geänderte und entfallende Unterauftragsverarbeiter von ${company.name}, mit Einspruchsfristen.`,
    site: context.site!,
    items: (await subprocessorEvents(company.slug)).map((e) => eventItem(company, e, context.site!)),
    customData: `<language>${company.locale}</language>`,
  })
}
