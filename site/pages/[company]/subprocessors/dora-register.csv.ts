import type { APIRoute } from 'astro'
import { doraRegisterCsv } from '@trust-center/core/doraRegister'
import type { PublishedCompany } from '@trust-center/core/published-schema'
import { inUseToday, subprocessorsOf } from '../../../lib/data'
import { companyPaths } from '../../../lib/paths'

/** The subprocessors in use, in the column order of the DORA register's provider template. */
// With the company's cache key (it includes the build day, which decides what is in use).
export const getStaticPaths = companyPaths

export const GET: APIRoute = async ({ props }) => {
  const { company } = props as { company: PublishedCompany }
  return new Response(doraRegisterCsv(inUseToday(await subprocessorsOf(company.slug))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  })
}
