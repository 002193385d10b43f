import type { APIRoute } from 'astro'
import { FINGERPRINT_ALGORITHM, versionContent } from '@trust-center/core/version-content'
import { tomVersionJsonSchema } from '@trust-center/core/integration-schema'
import type { PublishedTomVersion } from '@trust-center/core/published-schema'
import { changesPath, versionPath, versionPaths } from '../../../lib/data'

/**
 * One TOM version as data. `content` is exactly what the fingerprint covers:
 * sha256(JCS(content)) equals `fingerprint.value` (RFC 8785 JSON canonicalization).
 */
export const getStaticPaths = versionPaths

export const GET: APIRoute = ({ props, site }) => {
  const { version, current } = props as {
    version: PublishedTomVersion
    current?: PublishedTomVersion
  }
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
    ...(version.status === 'superseded' && current
      ? { supersededBy: url(versionPath(current)) }
      : {}),
    fingerprint: { algorithm: FINGERPRINT_ALGORITHM, value: version.fingerprint ?? null },
    content: versionContent(version),
  }
  // Checked against its published schema (/schemas/tom-version.json); written as built, key order kept.
  const checked = tomVersionJsonSchema.safeParse(body)
  if (!checked.success)
    throw new Error(
      `${url(versionPath(version))}: the version's JSON does not match its schema: ${checked.error.message}`,
    )
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
