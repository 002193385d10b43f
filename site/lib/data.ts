import { createHash } from 'node:crypto'
import { getCollection } from 'astro:content'
import { measureAnchors } from '@trust-center/core/anchors'
import {
  diffVersions,
  type PreparedVersion,
  prepareVersion,
  type TomDiff,
} from '@trust-center/core/diff'
import { cmsUrl } from './cms'
import { derivedDarkAccent } from '@trust-center/core/contrast'
import type {
  PublishedCompany,
  PublishedSubprocessor,
  PublishedSubprocessorEvent,
  PublishedTomVersion,
} from '@trust-center/core/published-schema'

/**
 * Queries over the loaded collections, shared by the pages. A build renders thousands of pages
 * in one process; each collection is read and grouped by company once (not once per page), and
 * each diff is computed once. `astro dev` reloads data, so there nothing is kept.
 */
const keep = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | undefined
  return () => (import.meta.env.DEV ? load() : (cached ??= load()))
}
const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * The listed companies: those with something public, a published TOM version or subprocessors. A
 * company the CMS holds only with a draft is not on the site yet, so nothing links to pages it
 * would not have.
 */
const loadCompanies = keep(async () => {
  const [versions, subprocessors] = await Promise.all([
    versionsByCompany(),
    subprocessorsByCompany(),
  ])
  return (await getCollection('companies'))
    .map((e) => e.data as PublishedCompany)
    .filter(
      (c) =>
        (versions.get(c.slug)?.length ?? 0) > 0 || (subprocessors.get(c.slug)?.length ?? 0) > 0,
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
})
/** All versions, newest publication first (feeds, change logs). */
const loadVersions = keep(async () =>
  (await getCollection('tomVersions'))
    .map((e) => e.data as PublishedTomVersion)
    .sort(
      (a, b) =>
        (b.publishedAt ?? b.effectiveDate).localeCompare(a.publishedAt ?? a.effectiveDate) ||
        a.company.localeCompare(b.company),
    ),
)
/** Per company, newest effective date first. */
const versionsByCompany = keep(async () => {
  const groups = groupBy(await loadVersions(), (v) => v.company)
  for (const list of groups.values())
    list.sort(
      (a, b) =>
        b.effectiveDate.localeCompare(a.effectiveDate) || b.version.localeCompare(a.version),
    )
  return groups
})
const subprocessorsByCompany = keep(async () =>
  groupBy(
    (await getCollection('subprocessors'))
      .map((e) => e.data as PublishedSubprocessor)
      .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    (s) => s.company,
  ),
)
const loadEvents = keep(async () =>
  (await getCollection('subprocessorEvents'))
    .map((e) => e.data as PublishedSubprocessorEvent)
    .sort((a, b) => b.announcedAt.localeCompare(a.announcedAt) || Number(b.id) - Number(a.id)),
)
const eventsByCompany = keep(async () => groupBy(await loadEvents(), (e) => e.company))

/**
 * The incremental build's cache key of a company's pages (astro.config.mjs): it changes whenever
 * anything of the company changes — its entry, a version, a subprocessor or an event (the loader's
 * digests) — every day, since pages say what is upcoming, and with the CMS address the subscribe
 * form posts to (read from the environment, not the config). Astro adds the code's and config's hash.
 */
const companyKeys = keep(async () => {
  const hashes = new Map<string, ReturnType<typeof createHash>>()
  const add = (company: string, digest: unknown) => {
    let hash = hashes.get(company)
    if (!hash)
      hashes.set(company, (hash = createHash('sha256').update(`${buildDay}\u0000${cmsUrl}`)))
    hash.update(`\u0000${String(digest)}`)
  }
  for (const e of await getCollection('companies')) add(e.id, e.digest)
  for (const name of ['tomVersions', 'subprocessors', 'subprocessorEvents'] as const) {
    for (const e of await getCollection(name))
      add((e.data as { company: string }).company, `${e.id}:${String(e.digest)}`)
  }
  return new Map([...hashes].map(([company, hash]) => [company, hash.digest('hex')]))
})
export const cacheKeyOf = async (company: string): Promise<string> =>
  (await companyKeys()).get(company) ?? buildDay

/** A company's logo: content.config.ts's image() has turned the loader's file path into an image asset. */
export const logoOf = (company: PublishedCompany) =>
  company.logo as unknown as { src: ImageMetadata; alt: string } | undefined

/** A company's brand colours for Base.astro: the dark one derived when the CMS has none. */
export const brandOf = (company: PublishedCompany) =>
  company.brand?.accent
    ? {
        accent: company.brand.accent,
        accentDark: company.brand.accentDark ?? derivedDarkAccent(company.brand.accent),
      }
    : undefined

/** Static paths for one page per TOM version, with what version pages need to know. */
export async function versionPaths() {
  const paths: Array<{
    params: { company: string; version: string }
    props: {
      company: PublishedCompany
      version: PublishedTomVersion
      current?: PublishedTomVersion
      previous?: PublishedTomVersion
    }
    cacheKey: string
  }> = []
  for (const company of await companies()) {
    const versions = await versionsOf(company.slug)
    const current = currentOf(versions)
    const cacheKey = await cacheKeyOf(company.slug)
    for (const version of versions)
      paths.push({
        params: { company: company.slug, version: version.version },
        props: { company, version, current, previous: previousOf(versions, version) },
        cacheKey,
      })
  }
  return paths
}

export async function companies(): Promise<PublishedCompany[]> {
  return loadCompanies()
}

/** A company's versions, newest effective date first. */
export async function versionsOf(company: string): Promise<PublishedTomVersion[]> {
  return (await versionsByCompany()).get(company) ?? []
}

/** The version in force: the published one (a newer publication supersedes the older). */
export function currentOf(versions: PublishedTomVersion[]): PublishedTomVersion | undefined {
  return versions.find((v) => v.status === 'published') ?? versions[0]
}

export async function subprocessorsOf(company: string): Promise<PublishedSubprocessor[]> {
  return (await subprocessorsByCompany()).get(company) ?? []
}

/**
 * Versions prepared for diffing, the most recently used: a version is compared with its
 * predecessor and its successor (other pairs are compared in the browser, on the compare page),
 * and pages are rendered company by company, so a few dozen are enough. All of them kept would hold ~250 MB at size L (51 KiB a version).
 */
const PREPARED_KEPT = 64
const prepared = new Map<string, PreparedVersion>()
function preparedOf(version: PublishedTomVersion): PreparedVersion {
  const key = `${version.company}\u0000${version.version}`
  let entry = prepared.get(key)
  if (entry)
    prepared.delete(key) // re-inserted below: the Map's order is the use order
  else entry = prepareVersion(version)
  prepared.set(key, entry)
  if (prepared.size > PREPARED_KEPT) prepared.delete(prepared.keys().next().value!)
  return entry
}

/** The pages showing a diff: the German page and its English twin. */
const DIFF_READERS = 2
const diffs = new Map<string, { diff: TomDiff; reads: number }>()
/**
 * The diff of two versions of a company, computed once for a page and its twin in the other
 * language, and forgotten when both have it: kept for the whole build, 10,000 diffs at size L
 * would sit in memory until the end.
 */
export function diffOf(older: PublishedTomVersion, newer: PublishedTomVersion): TomDiff {
  if (import.meta.env.DEV) return diffVersions(older, newer)
  const key = `${older.company}\u0000${older.version}\u0000${newer.version}`
  const memo = diffs.get(key) ?? {
    diff: diffVersions(preparedOf(older), preparedOf(newer)),
    reads: 0,
  }
  if (++memo.reads >= DIFF_READERS) diffs.delete(key)
  else diffs.set(key, memo)
  return memo.diff
}

export const versionPath = (v: Pick<PublishedTomVersion, 'company' | 'version'>) =>
  `/${v.company}/toms/${v.version}/`

/**
 * A version's measure anchors, computed once for its page, its English twin and the /toms/ alias
 * of the current one (a hash per measure). Kept as long as the version (2.7 KiB each at size L), which the build holds anyway.
 */
const anchors = new WeakMap<PublishedTomVersion['sections'], ReturnType<typeof measureAnchors>>()
export function anchorsOf(version: PublishedTomVersion): ReturnType<typeof measureAnchors> {
  if (import.meta.env.DEV) return measureAnchors(version)
  let ids = anchors.get(version.sections)
  if (!ids) anchors.set(version.sections, (ids = measureAnchors(version)))
  return ids
}

/** The version before `version` (by effective date), or undefined for the first one. */
function previousOf(
  versions: PublishedTomVersion[],
  version: PublishedTomVersion,
): PublishedTomVersion | undefined {
  const i = versions.findIndex((v) => v.version === version.version)
  return i >= 0 ? versions[i + 1] : undefined
}

export const changesPath = (v: Pick<PublishedTomVersion, 'company' | 'version'>) =>
  `${versionPath(v)}changes/`
export const jsonPath = (v: Pick<PublishedTomVersion, 'company' | 'version'>) =>
  `/${v.company}/toms/${v.version}.json`

/** Every published version of every company, newest publication first (feeds, change logs). */
export async function allVersions(): Promise<PublishedTomVersion[]> {
  return loadVersions()
}

/** A company's subprocessor changes, newest announcement first (or all companies' without a slug). */
export async function subprocessorEvents(company?: string): Promise<PublishedSubprocessorEvent[]> {
  return company === undefined ? loadEvents() : ((await eventsByCompany()).get(company) ?? [])
}

/** The day the site was built: "upcoming" means taking effect after it. */
export const buildDay = new Date().toISOString().slice(0, 10)

/** Subprocessors in use on the build day (announced ones count as upcoming changes until they take effect). */
export const inUseToday = (subprocessors: PublishedSubprocessor[]) =>
  subprocessors.filter(
    (p) => p.status !== 'ended' && (!p.effectiveFrom || p.effectiveFrom <= buildDay),
  )
/** Material changes that take effect after the build day: customers may still object to them. */
export const upcomingChanges = (events: PublishedSubprocessorEvent[]) =>
  events.filter((e) => e.material && e.effectiveAt > buildDay)
export const eventAnchor = (e: Pick<PublishedSubprocessorEvent, 'id'>) => `event-${e.id}`
