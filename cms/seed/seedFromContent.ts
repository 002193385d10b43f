import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { decodeDocument, ParseError, parseTom } from '../domain/parser/index'
import { importTomVersion } from '../plugin/utilities/importTomVersion'
import { readCompanyContent } from './readContent'

export interface SeedSummary {
  companies: { created: number; existing: number }
  tomVersions: { created: number; existing: number }
  subprocessors: { created: number; existing: number }
}

/** A document that cannot be read or parsed names its file and line. */
async function withFileContext<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof ParseError) throw new Error(`${file}:${error.line}: ${error.reason}`)
    throw error
  }
}

/** Seeding writes many documents; the site is built once afterwards, not once per document. */
const context = { skipRebuild: true }

/**
 * Imports content/ into Payload: companies, their TOM documents as published versions, their
 * subprocessors. Idempotent: what exists (by company slug, document sha256, vendor name) is left
 * as it is, so a second run changes nothing.
 */
export async function seedFromContent(payload: Payload, contentDir: string, log: (line: string) => void = () => {}): Promise<SeedSummary> {
  const files = await readCompanyContent(contentDir)
  // Read and parse every document before writing anything, so bad content leaves no half-seed.
  for (const { company } of files) {
    for (const tom of company.toms) {
      const file = path.resolve(contentDir, tom.file)
      await withFileContext(file, async () => parseTom(decodeDocument(await readFile(file))))
    }
  }
  const summary: SeedSummary = { companies: { created: 0, existing: 0 }, tomVersions: { created: 0, existing: 0 }, subprocessors: { created: 0, existing: 0 } }
  for (const [i, { company: entry }] of files.entries()) {
    const { toms, subprocessors, ...companyData } = entry
    const found = await payload.find({ collection: 'companies', where: { slug: { equals: entry.slug } }, limit: 1, depth: 0, pagination: false })
    let companyId = found.docs[0]?.id
    if (companyId === undefined) {
      companyId = (await payload.create({ collection: 'companies', data: companyData as never, context })).id
      summary.companies.created++
    } else summary.companies.existing++

    for (const tom of toms) {
      const file = path.resolve(contentDir, tom.file)
      const result = await withFileContext(file, async () => importTomVersion({
        payload,
        companyId,
        text: decodeDocument(await readFile(file)),
        filename: path.basename(file),
        status: 'published',
        fallbackEffectiveDate: tom.effectiveDate,
        changeSummary: tom.changeSummary,
        changeKind: tom.changeKind,
        context,
      }))
      summary.tomVersions[result.created ? 'created' : 'existing']++
    }

    for (const sub of subprocessors) {
      const { source: _source, ...data } = sub
      const existing = await payload.find({
        collection: 'subprocessors',
        where: { and: [{ company: { equals: companyId } }, { name: { equals: sub.name } }] },
        limit: 1,
        depth: 0,
        pagination: false,
      })
      if (existing.docs.length > 0) {
        summary.subprocessors.existing++
        continue
      }
      // Already in use before this trust center: recorded as imported, with no notice period.
      await payload.create({ collection: 'subprocessors', data: { ...data, company: companyId } as never, context: { ...context, importExisting: true, skipNotify: true } })
      summary.subprocessors.created++
    }
    log(`[${i + 1}/${files.length}] ${entry.name}: ${toms.length} TOM document(s), ${subprocessors.length} subprocessor(s)`)
  }
  return summary
}
