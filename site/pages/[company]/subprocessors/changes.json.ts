import type { APIRoute } from 'astro'
import {
  subprocessorChangesSchema,
  type SubprocessorChanges,
} from '@trust-center/core/integration-schema'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { changeEvent, objectionContactOf } from '../../../lib/changes'
import { buildDay, subprocessorEvents } from '../../../lib/data'
import { companyPaths } from '../../../lib/paths'

/** The subprocessor change events as data, validated against their published JSON Schema. */
// With the company's cache key (it includes the build day, which "objectionOpen" depends on).
export const getStaticPaths = companyPaths

export const GET: APIRoute = async ({ props, site }) => {
  const { company } = props as { company: PublishedCompany }
  const body: SubprocessorChanges = {
    $schema: new URL('/schemas/subprocessor-changes.json', site).href,
    company: {
      slug: company.slug,
      name: company.name,
      noticePeriodDays: company.noticePeriodDays,
      objectionContact: objectionContactOf(company),
    },
    generatedAt: buildDay,
    events: (await subprocessorEvents(company.slug)).map((e) => changeEvent(company, e, site!)),
  }
  return new Response(`${JSON.stringify(subprocessorChangesSchema.parse(body), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
