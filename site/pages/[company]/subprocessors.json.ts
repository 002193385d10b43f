import type { APIRoute } from 'astro'
import type { PublishedCompany, SubprocessorList } from '@trust-center/core/published-schema'
import { subprocessorListSchema } from '@trust-center/core/published-schema'
import { buildDay, subprocessorEvents, subprocessorsOf } from '../../lib/data'
import { companyPaths } from '../../lib/paths'

/** The subprocessor list as data, validated against its published JSON Schema before it is written. */
// With the company's cache key (it includes the build day, which the list states).
export const getStaticPaths = companyPaths

export const GET: APIRoute = async ({ props, site }) => {
  const { company } = props as { company: PublishedCompany }
  const events = await subprocessorEvents(company.slug)
  const list: SubprocessorList = {
    $schema: new URL('/schemas/subprocessors.json', site).href,
    company: {
      slug: company.slug,
      name: company.name,
      noticePeriodDays: company.noticePeriodDays,
      objectionContact: company.privacyContact?.dpoEmail ?? company.privacyContact?.email,
    },
    generatedAt: buildDay,
    subprocessors: (await subprocessorsOf(company.slug))
      .filter((s) => s.status !== 'ended' && (!s.effectiveFrom || s.effectiveFrom <= buildDay))
      .map(({ updatedAt: _u, ...s }) => s),
    upcoming: events.filter((e) => e.material && e.effectiveAt > buildDay),
    history: events,
  }
  return new Response(`${JSON.stringify(subprocessorListSchema.parse(list), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
