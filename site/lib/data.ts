import { getCollection } from 'astro:content'
import type { PublishedCompany, PublishedSubprocessor, PublishedSubprocessorEvent, PublishedTomVersion } from '../../cms/domain/published-schema'

/** Static paths for one page per TOM version, with what version pages need to know. */
export async function versionPaths() {
  const paths: Array<{ params: { company: string; version: string }; props: { company: PublishedCompany; version: PublishedTomVersion; current?: PublishedTomVersion; previous?: PublishedTomVersion } }> = []
  for (const company of await companies()) {
    const versions = await versionsOf(company.slug)
    const current = currentOf(versions)
    for (const version of versions) paths.push({ params: { company: company.slug, version: version.version }, props: { company, version, current, previous: previousOf(versions, version) } })
  }
  return paths
}

/** Queries over the loaded collections, shared by the pages. */

export async function companies(): Promise<PublishedCompany[]> {
  return (await getCollection('companies')).map((e) => e.data as PublishedCompany).sort((a, b) => a.name.localeCompare(b.name, 'de'))
}

/** A company's versions, newest effective date first. */
export async function versionsOf(company: string): Promise<PublishedTomVersion[]> {
  return (await getCollection('tomVersions'))
    .map((e) => e.data as PublishedTomVersion)
    .filter((v) => v.company === company)
    .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate) || b.version.localeCompare(a.version))
}

/** The version in force: the published one (a newer publication supersedes the older). */
export function currentOf(versions: PublishedTomVersion[]): PublishedTomVersion | undefined {
  return versions.find((v) => v.status === 'published') ?? versions[0]
}

export async function subprocessorsOf(company: string): Promise<PublishedSubprocessor[]> {
  return (await getCollection('subprocessors'))
    .map((e) => e.data as PublishedSubprocessor)
    .filter((s) => s.company === company)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
}

export const versionPath = (v: Pick<PublishedTomVersion, 'company' | 'version'>) => `/${v.company}/toms/${v.version}/`


/** The version before `version` (by effective date), or undefined for the first one. */
export function previousOf(versions: PublishedTomVersion[], version: PublishedTomVersion): PublishedTomVersion | undefined {
  const i = versions.findIndex((v) => v.version === version.version)
  return i >= 0 ? versions[i + 1] : undefined
}

export const changesPath = (v: Pick<PublishedTomVersion, 'company' | 'version'>) => `${versionPath(v)}changes/`
export const jsonPath = (v: Pick<PublishedTomVersion, 'company' | 'version'>) => `/${v.company}/toms/${v.version}.json`

/** Every published version of every company, newest publication first (feeds, change logs). */
export async function allVersions(): Promise<PublishedTomVersion[]> {
  return (await getCollection('tomVersions'))
    .map((e) => e.data as PublishedTomVersion)
    .sort((a, b) => (b.publishedAt ?? b.effectiveDate).localeCompare(a.publishedAt ?? a.effectiveDate) || a.company.localeCompare(b.company))
}

/** A company's subprocessor changes, newest announcement first (or all companies' without a slug). */
export async function subprocessorEvents(company?: string): Promise<PublishedSubprocessorEvent[]> {
  return (await getCollection('subprocessorEvents'))
    .map((e) => e.data as PublishedSubprocessorEvent)
    .filter((e) => !company || e.company === company)
    .sort((a, b) => b.announcedAt.localeCompare(a.announcedAt) || Number(b.id) - Number(a.id))
}

/** The day the site was built: "upcoming" means taking effect after it. */
export const buildDay = new Date().toISOString().slice(0, 10)
export const eventAnchor = (e: Pick<PublishedSubprocessorEvent, 'id'>) => `event-${e.id}`
