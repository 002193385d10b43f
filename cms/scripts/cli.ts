/**
 * `npm run -s trustcenter -- <command>`: the trust center's command line.
 *   parse FILE   the TOM document as structured JSON on stdout, warnings on stderr
 *   seed [DIR]   import content (default content/) into the database; idempotent
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { decodeDocument, parseTom, ParseError } from '../domain/parser/index'

const USAGE = `usage: trustcenter <command>

  parse FILE   print the TOM document FILE as structured JSON;
               warnings go to stderr, the exit status is 1 when FILE cannot be read as a TOM document
  seed [DIR]   import companies, TOM documents and subprocessors from DIR (default: content/)
               into the configured database; what exists already is left as it is`

async function parse(file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    process.stderr.write(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`)
    return 1
  }
  try {
    const result = parseTom(decodeDocument(bytes))
    for (const w of result.warnings) process.stderr.write(`${file}:${w.line}: warning: ${w.message}\n`)
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  } catch (error) {
    if (error instanceof ParseError) {
      process.stderr.write(`${file}:${error.line}: error: ${error.reason}\n`)
      return 1
    }
    throw error
  }
}

async function seed(dir: string | undefined): Promise<number> {
  process.env.TRUSTCENTER_REBUILD ??= 'off'
  const { openPayload } = await import('../database/open')
  const { projectRoot } = await import('../database/paths')
  const { seedFromContent } = await import('../seed/seedFromContent')
  const contentDir = path.resolve(dir ?? path.join(projectRoot, 'content'))
  const payload = await openPayload({ requireReady: true })
  try {
    const s = await seedFromContent(payload, contentDir, (line) => process.stdout.write(`${line}\n`))
    process.stdout.write(`Created ${s.companies.created} companies, ${s.tomVersions.created} TOM versions, ${s.subprocessors.created} subprocessors; ${s.companies.existing + s.tomVersions.existing + s.subprocessors.existing} already present.\n`)
    return 0
  } finally {
    await payload.destroy()
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  switch (command) {
    case 'parse':
      return parse(args[0])
    case 'seed':
      return seed(args[0])
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
