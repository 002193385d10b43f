import { access, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { decodeDocument, ParseError, parseTom } from '@trust-center/core/parser'
import { importTomVersion } from '@trust-center/payload-plugin'
import { trustCenterOptions } from '@trust-center/payload-plugin/options'
import { type CompanyContentFile, readCompanyContent } from './readContent'
import { addSummaries, emptySummary, type SeedSummary } from './seedSummary'

/** A document that cannot be read or parsed names its file and line. */
async function withFileContext<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof ParseError)
      throw new Error(`${file}:${error.line}: ${error.reason}`, { cause: error })
    throw error
  }
}

/** The collection slugs the app gave the plugin. */
const slugsOf = (payload: Payload) => trustCenterOptions(payload).slugs

/** A logo from content/ into the media collection (sharp makes the admin's sizes). */
async function uploadLogo(payload: Payload, file: string, alt: string) {
  return (
    await payload.create({
      collection: slugsOf(payload).media,
      data: { alt },
      filePath: file,
      context,
      depth: 0,
    })
  ).id
}

async function versionsBySha256(payload: Payload, companyId: number | string) {
  const { docs } = await payload.find({
    collection: slugsOf(payload).tomVersions,
    where: { company: { equals: companyId } },
    pagination: false,
    depth: 0,
    select: { version: true, source: { sha256: true } },
  })
  return new Map<string, { id: number | string; version: string }>(
    docs.map((doc) => {
      const { id, version, source } = doc
      return [source?.sha256 ?? '', { id, version }] as const
    }),
  )
}

/**
 * Seeding writes many documents; the site is built once afterwards, not once per document. What
 * it imports was in force before this trust center, so nobody is notified of it.
 */
const context = { skipRebuild: true, skipNotify: true }

/**
 * Reads and parses every document of `files` without writing anything, so bad content is found
 * before a half-seed. The results are not kept: at a thousand companies they held gigabytes
 * (parsing again while writing is cheap, ~1.6 ms a document).
 */
export async function checkCompanyContent(
  contentDir: string,
  files: CompanyContentFile[],
): Promise<void> {
  for (const { file: companyFile, company } of files) {
    if (company.logo) {
      const logo = path.resolve(contentDir, company.logo.file)
      await access(logo).catch(() => {
        throw new Error(`${companyFile}: logo file ${logo} does not exist`)
      })
    }
    for (const tom of company.toms) {
      const file = path.resolve(contentDir, tom.file)
      await withFileContext(file, async () => parseTom(decodeDocument(await readFile(file))))
    }
  }
}

/**
 * Imports one company of content/: the company, its TOM documents as published versions, its
 * subprocessors. What exists (by company slug, document sha256, vendor name) is left as it is.
 */
export async function seedCompany(
  payload: Payload,
  contentDir: string,
  file: CompanyContentFile,
): Promise<SeedSummary> {
  try {
    return await writeCompany(payload, contentDir, file)
  } catch (error) {
    // Payload's messages name the field, not the company or what is wrong with it: add both.
    const details =
      (error as { data?: { errors?: Array<{ path?: string; message?: string }> } }).data?.errors ??
      []
    const why = details.map((e) => `${e.path}: ${e.message}`).join('; ')
    throw new Error(
      `${file.file}: ${error instanceof Error ? error.message : String(error)}${why ? ` (${why})` : ''}`,
      { cause: error },
    )
  }
}

async function writeCompany(
  payload: Payload,
  contentDir: string,
  { company: entry }: CompanyContentFile,
): Promise<SeedSummary> {
  const summary = emptySummary()
  const { companyId, created } = await findOrCreateCompany(payload, contentDir, entry, summary)
  // The company's versions by document digest, listed once: none when it was just created.
  const versions = created
    ? new Map<string, { id: number | string; version: string }>()
    : await versionsBySha256(payload, companyId)
  await seedTomVersions(payload, contentDir, entry.toms, companyId, versions, summary)
  await seedSubprocessors(payload, entry.subprocessors, companyId, summary)
  return summary
}

type CompanyEntry = CompanyContentFile['company']

async function findOrCreateCompany(
  payload: Payload,
  contentDir: string,
  entry: CompanyEntry,
  summary: SeedSummary,
): Promise<{ companyId: number; created: boolean }> {
  const { toms: _toms, subprocessors: _subprocessors, logo, ...companyData } = entry
  const found = await payload.find({
    collection: slugsOf(payload).companies,
    where: { slug: { equals: entry.slug } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const existing = found.docs[0]?.id
  if (existing !== undefined) {
    summary.companies.existing++
    return { companyId: existing, created: false }
  }
  const logoId = logo
    ? await uploadLogo(payload, path.resolve(contentDir, logo.file), logo.alt)
    : undefined
  const company = await payload.create({
    collection: slugsOf(payload).companies,
    data: { ...companyData, logo: logoId },
    context,
    depth: 0,
  })
  summary.companies.created++
  return { companyId: company.id, created: true }
}

async function seedTomVersions(
  payload: Payload,
  contentDir: string,
  toms: CompanyEntry['toms'],
  companyId: number,
  versions: Map<string, { id: number | string; version: string }>,
  summary: SeedSummary,
) {
  for (const tom of toms) {
    const file = path.resolve(contentDir, tom.file)
    const result = await withFileContext(file, async () =>
      importTomVersion({
        payload,
        collection: slugsOf(payload).tomVersions,
        companyId,
        text: decodeDocument(await readFile(file)),
        filename: path.basename(file),
        status: 'published',
        fallbackEffectiveDate: tom.effectiveDate,
        changeSummary: tom.changeSummary,
        changeKind: tom.changeKind,
        context,
        existingBySha256: versions,
      }),
    )
    if (result.created) versions.set(result.sha256, result) // the same file listed twice is one version
    summary.tomVersions[result.created ? 'created' : 'existing']++
  }
}

async function seedSubprocessors(
  payload: Payload,
  subprocessors: CompanyEntry['subprocessors'],
  companyId: number,
  summary: SeedSummary,
) {
  const slugs = slugsOf(payload)
  // One query for the company's existing subprocessors, not one per entry.
  const existing =
    subprocessors.length === 0
      ? []
      : (
          await payload.find({
            collection: slugs.subprocessors,
            where: {
              and: [
                { company: { equals: companyId } },
                { name: { in: subprocessors.map((sub) => sub.name) } },
              ],
            },
            pagination: false,
            depth: 0,
            select: { name: true },
          })
        ).docs
  const existingNames = new Set(existing.map((doc) => (doc as { name: string }).name))
  for (const sub of subprocessors) {
    const { source: _source, ...data } = sub
    if (existingNames.has(sub.name)) {
      summary.subprocessors.existing++
      continue
    }
    // Already in use before this trust center: recorded as imported, with no notice period.
    await payload.create({
      collection: slugs.subprocessors,
      data: { ...data, company: companyId },
      context: { ...context, importExisting: true },
      depth: 0,
    })
    summary.subprocessors.created++
  }
}

/** The progress line of one seeded company; `writer` names the process when several write. */
export const seededLine = (
  done: number,
  total: number,
  company: { name: string; toms: number; subprocessors: number },
  writer?: number,
) =>
  `[${done}/${total}] ${company.name}: ${company.toms} TOM document(s), ${company.subprocessors} subprocessor(s)${writer === undefined ? '' : ` (process ${writer})`}`

/** What seededLine says of a company. */
export const seededCounts = ({ company }: CompanyContentFile) => ({
  name: company.name,
  toms: company.toms.length,
  subprocessors: company.subprocessors.length,
})

/**
 * Imports content/ into Payload in this process, company after company. Idempotent: a second
 * run changes nothing. seedContent.ts spreads a large content/ over several processes.
 */
export async function seedFromContent(
  payload: Payload,
  contentDir: string,
  log: (line: string) => void = () => {},
): Promise<SeedSummary> {
  const files = await readCompanyContent(contentDir)
  await checkCompanyContent(contentDir, files)
  const summary = emptySummary()
  for (const [i, file] of files.entries()) {
    addSummaries(summary, await seedCompany(payload, contentDir, file))
    log(seededLine(i + 1, files.length, seededCounts(file)))
  }
  return summary
}
