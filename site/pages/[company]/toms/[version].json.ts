import type { APIRoute, GetStaticPaths } from 'astro'
import { FINGERPRINT_ALGORITHM, versionContent } from '../../../../cms/domain/version-content'
import type { PublishedTomVersion } from '../../../../cms/domain/published-schema'
import { changesPath, companies, currentOf, versionPath, versionsOf } from '../../../lib/data'

/**
 * One TOM version as data. `content` is exactly what the fingerprint covers:
 * sha256(JCS(content)) equals `fingerprint.value` (RFC 8785 JSON canonicalization).
 */
export const getStaticPaths = (async () => {
  const paths = []
  for (const company of await companies()) {
    const versions = await versionsOf(company.slug)
    const current = currentOf(versions)
    for (const version of versions) paths.push({ params: { company: company.slug, version: version.version }, props: { version, current } })
  }
  return paths
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props, site }) => {
  const { version, current } = props as { version: PublishedTomVersion; current?: PublishedTomVersion }
  const url = (path: string) => new URL(path, site).href
  const body = {
    company: version.company,
    version: version.version,
    status: version.status,
    effectiveDate: version.effectiveDate,
    publishedAt: version.publishedAt ?? null,
    changeKind: version.changeKind ?? null,
    changeSummary: version.changeSummary ?? null,
    url: url(versionPath(version)),
    changes: url(changesPath(version)),
    ...(version.status === 'superseded' && current ? { supersededBy: url(versionPath(current)) } : {}),
    fingerprint: { algorithm: FINGERPRINT_ALGORITHM, value: version.fingerprint ?? null },
    content: versionContent(version),
  }
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
