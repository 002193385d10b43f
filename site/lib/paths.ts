import { getCollection } from 'astro:content'
import type { PublishedCompany, PublishedTomVersion } from '@trust-center/core/published-schema'
import { cacheKeyOf, companies, currentOf, versionsOf } from './data'
import type { Locale } from './i18n'

/**
 * getStaticPaths of the pages. Each page file serves its German route and, through
 * site/englishRoutes.ts, the same route under /en/: both get the same paths.
 */

export { versionPaths } from './data'

/** One page per company. */
export async function companyPaths() {
  return Promise.all(
    (await companies()).map(async (company) => ({
      params: { company: company.slug },
      props: { company },
      cacheKey: await cacheKeyOf(company.slug),
    })),
  )
}

/** The current published version of each company (the /toms/ alias). */
export async function currentVersionPaths() {
  const paths: Array<{
    params: { company: string }
    props: { company: PublishedCompany; version: PublishedTomVersion }
    cacheKey: string
  }> = []
  for (const company of await companies()) {
    const current = currentOf(await versionsOf(company.slug))
    if (current)
      paths.push({
        params: { company: company.slug },
        props: { company, version: current },
        cacheKey: await cacheKeyOf(company.slug),
      })
  }
  return paths
}

/** Each company with all its versions (the compare page; pairs are compared in the browser). */
export async function companyVersionsPaths() {
  const paths: Array<{
    params: { company: string }
    props: { company: PublishedCompany; versions: PublishedTomVersion[] }
    cacheKey: string
  }> = []
  for (const company of await companies())
    paths.push({
      params: { company: company.slug },
      props: { company, versions: await versionsOf(company.slug) },
      cacheKey: await cacheKeyOf(company.slug),
    })
  return paths
}

/** The operator's MDX pages of one language (content/pages/{locale}/NAME.mdx → /about/NAME/). */
export async function operatorPages(locale: Locale) {
  const pages = (await getCollection('pages'))
    .filter((p) => p.id.startsWith(`${locale}/`))
    .sort((a, b) => a.data.order - b.data.order)
  const other = new Set(
    (await getCollection('pages'))
      .filter((p) => !p.id.startsWith(`${locale}/`))
      .map((p) => p.id.slice(3)),
  )
  return pages.map((page) => ({
    params: { page: page.id.slice(3) },
    props: { page, translated: other.has(page.id.slice(3)) },
  }))
}

/** The pages the CMS redirects subscription forms to (cms/plugin/notifications/endpoints.ts). */
const subscriptionResults = ['pending', 'confirmed', 'unsubscribed', 'invalid'] as const
export type SubscriptionResult = (typeof subscriptionResults)[number]
export const subscriptionResultPaths = () =>
  subscriptionResults.map((result) => ({ params: { result }, props: { result } }))
