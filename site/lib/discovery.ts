import { securityTxtConfig } from '@trust-center/core/securityTxt'
import type { Discovery } from '@trust-center/core/integration-schema'
import { publishedSchemas } from '@trust-center/core/integration-schema'
import { readEnv } from '../../cms/env'
import { cmsUrl } from './cms'
import { companies, currentOf, jsonPath, subprocessorEvents, versionsOf } from './data'
import { atomUrl, jsonFeedUrl } from './feedFormats'
import { LOCALES } from './i18n'

const feedSet = (rss: string) => ({ rss, atom: atomUrl(rss), json: jsonFeedUrl(rss) })

/** `/.well-known/trust-center.json`: where each company's machine-readable data is. */
export async function discovery(
  site: URL,
  extras: { doraCsv?: boolean; webhooks?: boolean } = { webhooks: true, doraCsv: true },
): Promise<Discovery> {
  const url = (path: string) => new URL(path, site).href
  const security = securityTxtConfig(readEnv(), site.href).config
  return {
    $schema: url('/schemas/trust-center.json'),
    name: 'Trust Center',
    site: url('/'),
    generatedAt: new Date().toISOString(),
    languages: [...LOCALES],
    feeds: feedSet(url('/feed.xml')),
    schemas: Object.keys(publishedSchemas).map((name) => ({
      name,
      url: url(`/schemas/${name}.json`),
    })),
    ...(security.contact.length > 0 ? { securityTxt: url('/.well-known/security.txt') } : {}),
    ...(extras.webhooks ? { webhooks: { register: `${cmsUrl}/api/trust-center/webhooks` } } : {}),
    companies: await Promise.all(
      (await companies()).map(async (company) => {
        const versions = await versionsOf(company.slug)
        const current = currentOf(versions)
        const days = [
          ...versions.map((v) => (v.publishedAt ?? v.effectiveDate).slice(0, 10)),
          ...(await subprocessorEvents(company.slug)).map((e) => e.announcedAt),
        ].sort()
        return {
          slug: company.slug,
          name: company.name,
          url: url(`/${company.slug}/`),
          locale: company.locale,
          lastChange: days.at(-1) ?? null,
          feeds: {
            all: feedSet(url(`/${company.slug}/feed.xml`)),
            subprocessors: feedSet(url(`/${company.slug}/subprocessors/feed.xml`)),
          },
          endpoints: {
            subprocessors: url(`/${company.slug}/subprocessors.json`),
            subprocessorChanges: url(`/${company.slug}/subprocessors/changes.json`),
            ...(extras.doraCsv
              ? { subprocessorsDoraCsv: url(`/${company.slug}/subprocessors/dora-register.csv`) }
              : {}),
            currentToms: current ? url(jsonPath(current)) : null,
          },
        }
      }),
    ),
  }
}
