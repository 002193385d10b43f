import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { headersFile, siteSecurityHeaders } from '@trust-center/core/security/siteHeaders'
import { readEnv } from '../env'

/** Where the site's forms post: the CMS, as the site itself was told (site/lib/cms.ts). */
const cmsOriginForSite = () =>
  new URL(readEnv().TRUSTCENTER_CMS_URL ?? 'http://localhost:3000').origin

/**
 * Writes `_headers` into the built site: Netlify and Cloudflare Pages apply it as it is, and the
 * site's own server (cms/serve/staticSite.ts) reads it, so every host sends the same CSP.
 */
export async function writeSiteHeaders(
  site: string,
  scriptHashes: Iterable<string>,
): Promise<void> {
  await writeFile(
    path.join(site, '_headers'),
    headersFile(siteSecurityHeaders({ scriptHashes, cmsOrigin: cmsOriginForSite() })),
  )
}
