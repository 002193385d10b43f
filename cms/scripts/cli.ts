/**
 * `npm run -s trustcenter -- <command>`: the trust center's command line.
 *   parse FILE [--subprocessors] the TOM document (or subprocessor list) as JSON on stdout, report on stderr
 *   import FILE --company SLUG  a draft TOM version (or draft subprocessors) from FILE
 *   seed [DIR] [--processes N]  import content (default content/) into the database; idempotent
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importDocument, type DocumentImport } from '@trust-center/core/import/importDocument'
import { readSubprocessorList } from '@trust-center/core/import/subprocessors/readSubprocessorList'
import type { SubprocessorListImport } from '@trust-center/core/import/subprocessors/schema'
import { ParseError } from '@trust-center/core/parser'
import type { Payload } from 'payload'
import type { Company } from '../payload-types'

const USAGE = `usage: trustcenter <command>

  parse FILE [--subprocessors]
                 print the TOM document FILE (.md, .txt, .html, .docx, .pdf) as structured
                 JSON; the report, warnings and suggestions go to stderr; exit status 1 when
                 FILE cannot be read as a TOM document. With --subprocessors, FILE is a
                 subprocessor list (.csv, .md, .txt, .html, .docx, .pdf) and its entries
                 (name, legalEntity, purpose, locations as ISO codes, safeguard, url) are printed
  import FILE --company SLUG [--subprocessors] [--effective-date YYYY-MM-DD]
                 create a draft TOM version of company SLUG from FILE and print what was made
                 (effective: --effective-date, else the date FILE states, else today);
                 with --subprocessors, FILE is a subprocessor list (.csv, .md, .txt, .html, .docx, .pdf) and
                 each entry becomes a draft subprocessor
  seed [DIR] [--processes N]
                 import companies, TOM documents and subprocessors from DIR (default: content/)
                 into the configured database; what exists already is left as it is; from 100
                 companies on, one process per core (at most 4) writes (--processes sets how many)`

const say = (line: string) => process.stderr.write(`${line}\n`)

async function readBytes(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file)
  } catch (error) {
    say(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return null
  }
}

/** Runs `work`, turning a ParseError into "FILE:LINE: error: …" and exit status 1. */
async function reporting(file: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof ParseError) {
      say(`${file}:${error.line}: error: ${error.reason}`)
      return 1
    }
    throw error
  }
}

function describe(file: string, imported: DocumentImport) {
  const { result, suggestions } = imported
  for (const w of result.warnings) say(`${file}:${w.line}: warning: ${w.message}`)
  for (const u of result.unparsed)
    say(`${file}:${u.line}: not imported: "${u.text}" (${u.message})`)
  const { counts, lines } = result.report
  for (const c of suggestions.contacts)
    say(`suggestion: ${c.role} address (line ${c.line}): ${c.lines.join(', ')}`)
  const kinds = Object.entries(lines)
    .filter(([k, n]) => k !== 'total' && n > 0)
    .map(([k, n]) => `${n} ${k}`)
  say(
    `${file}: ${imported.format} (${imported.encoding}); ${counts.sections} sections, ${counts.controls} controls, ${counts.groups} groups, ${counts.measures} measures; ${lines.total} lines: ${kinds.join(', ')}`,
  )
  if (suggestions.companyName) say(`suggestion: company name "${suggestions.companyName}"`)
  for (const e of suggestions.emails)
    say(`suggestion: ${e.role === 'dpo' ? 'DPO' : 'contact'} e-mail ${e.address} (line ${e.line})`)
  for (const s of suggestions.subprocessors)
    say(`suggestion: subprocessor "${s.name}" (line ${s.line})`)
}

/** The list as printed by `parse --subprocessors`: one object per entry, safeguard under its short name. */
function describeList(file: string, list: SubprocessorListImport) {
  for (const w of list.warnings) say(`${file}:${w.line}: warning: ${w.message}`)
  for (const u of list.unparsed) say(`${file}:${u.line}: not read: "${u.text}"`)
  const incomplete = list.entries.filter((e) => e.incomplete?.length).length
  say(
    `${file}: ${list.format}; ${list.entries.length} subprocessors${incomplete ? `, ${incomplete} incomplete` : ''}; ${list.unparsed.length} lines not read`,
  )
  return {
    format: list.format,
    entries: list.entries.map(({ transferSafeguard, ...e }) => ({
      name: e.name,
      legalEntity: e.legalEntity ?? null,
      address: e.address ?? null,
      purpose: e.purpose,
      locations: e.locations,
      safeguard: transferSafeguard,
      url: e.url ?? null,
      ...(e.incomplete ? { incomplete: e.incomplete } : {}),
      line: e.line,
    })),
  }
}

async function parse(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { subprocessors: { type: 'boolean' } },
  })
  const file = positionals[0]
  if (!file) {
    say(USAGE)
    return 2
  }
  const bytes = await readBytes(file)
  if (!bytes) return 1
  return reporting(file, async () => {
    if (values.subprocessors) {
      const list = await readSubprocessorList(bytes, file)
      process.stdout.write(`${JSON.stringify(describeList(file, list), null, 2)}\n`)
      return 0
    }
    const imported = await importDocument(bytes, file)
    describe(file, imported)
    process.stdout.write(`${JSON.stringify(imported.result, null, 2)}\n`)
    return 0
  })
}

type Target = { payload: Payload; company: Pick<Company, 'id' | 'name'>; file: string }

type ReadList = Awaited<ReturnType<typeof readSubprocessorList>>

async function importListInto({ payload, company, file }: Target, list: ReadList) {
  for (const w of list.warnings) say(`${file}:${w.line}: warning: ${w.message}`)
  for (const u of list.unparsed) say(`${file}:${u.line}: not read: "${u.text}"`)
  const { importSubprocessors } = await import('@trust-center/payload-plugin')
  const done = await importSubprocessors({
    payload,
    companyId: company.id,
    entries: list.entries,
    source: path.basename(file),
  })
  for (const c of done.created)
    process.stdout.write(`created draft subprocessor "${c.name}" (id ${c.id})\n`)
  for (const s of done.skipped)
    process.stdout.write(`skipped "${s.name}" (line ${s.line}): ${s.reason}\n`)
  process.stdout.write(
    `${done.created.length} draft subprocessors created for ${company.name}, ${done.skipped.length} skipped. Publish them in the admin.\n`,
  )
  return 0
}

async function importTomInto(
  { payload, company, file }: Target,
  imported: DocumentImport,
  effectiveDateArg: string | undefined,
) {
  describe(file, imported)
  const { importTomVersion } = await import('@trust-center/payload-plugin')
  const filename = path.basename(file)
  const stated = imported.result.document.effectiveDate
  const today = new Date().toISOString().slice(0, 10)
  const effectiveDate = effectiveDateArg ?? stated ?? today
  const result = await importTomVersion({
    payload,
    companyId: company.id,
    text: imported.text,
    parsed: imported.result,
    filename,
    status: 'draft',
    effectiveDate,
  })
  if (!result.created) {
    process.stdout.write(
      `${filename} was imported before as version ${result.version} of ${company.name}; nothing created.\n`,
    )
    return 0
  }
  if (!stated && !effectiveDateArg)
    say(
      `the document states no effective date; the draft uses ${effectiveDate} — check it before publishing`,
    )
  process.stdout.write(
    `created draft TOM version ${result.version} of ${company.name} (id ${result.id}) with ${imported.result.report.counts.measures} measures; review and publish it in the admin.\n`,
  )
  return 0
}

async function importFile(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      company: { type: 'string' },
      subprocessors: { type: 'boolean' },
      'effective-date': { type: 'string' },
    },
  })
  const file = positionals[0]
  if (!file || !values.company) {
    say(USAGE)
    return 2
  }
  const bytes = await readBytes(file)
  if (!bytes) return 1
  return reporting(file, async () => {
    // Read and parse before opening the database: a bad file fails fast and changes nothing.
    const read: { list: ReadList } | { imported: DocumentImport } = values.subprocessors
      ? { list: await readSubprocessorList(bytes, file) }
      : { imported: await importDocument(bytes, file) }
    process.env.TRUSTCENTER_REBUILD ??= 'off'
    const { openPayload } = await import('../database/open')
    const payload = await openPayload({ requireReady: true })
    try {
      const companies = await payload.find({
        collection: 'companies',
        where: { slug: { equals: values.company } },
        limit: 1,
        depth: 0,
      })
      const company = companies.docs[0]
      if (!company) {
        say(`no company with slug "${values.company}"; create it first (or seed content/)`)
        return 1
      }
      const target = { payload, company, file }
      return 'list' in read
        ? await importListInto(target, read.list)
        : await importTomInto(target, read.imported, values['effective-date'])
    } finally {
      await payload.destroy()
    }
  })
}

async function seed(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { processes: { type: 'string' } },
  })
  const processes = values.processes === undefined ? undefined : Number(values.processes)
  if (processes !== undefined && !(Number.isInteger(processes) && processes >= 1)) {
    say(`--processes takes a whole number of at least 1, not "${values.processes}"`)
    return 2
  }
  process.env.TRUSTCENTER_REBUILD ??= 'off'
  const { openPayload } = await import('../database/open')
  const { projectRoot } = await import('../database/paths')
  const { seedContent } = await import('../seed/seedContent')
  const contentDir = path.resolve(positionals[0] ?? path.join(projectRoot, 'content'))
  const payload = await openPayload({ requireReady: true })
  try {
    const s = await seedContent(payload, contentDir, {
      processes,
      log: (line) => process.stdout.write(`${line}\n`),
    })
    process.stdout.write(
      `Created ${s.companies.created} companies, ${s.tomVersions.created} TOM versions, ${s.subprocessors.created} subprocessors; ${s.companies.existing + s.tomVersions.existing + s.subprocessors.existing} already present.\n`,
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  switch (command) {
    case 'parse':
      return parse(args)
    case 'import':
      return importFile(args)
    case 'seed':
      return seed(args)
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    default:
      process.stderr.write(`unknown command "${command}"\n${USAGE}\n`)
      return 2
  }
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exitCode = 1
}
process.exit()
