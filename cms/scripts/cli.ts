/**
 * `npm run -s trustcenter -- <command>`: the trust center's command line.
 *   parse FILE   the TOM document as structured JSON on stdout, warnings on stderr
 */
import { readFile } from 'node:fs/promises'
import { decodeDocument, parseTom, ParseError } from '../domain/parser/index'

const USAGE = `usage: trustcenter parse FILE

  parse FILE   print the TOM document FILE as structured JSON (DESIGN §4);
               warnings go to stderr, the exit status is 1 when FILE cannot be read as a TOM document`

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

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  switch (command) {
    case 'parse':
      return parse(args[0])
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

process.exitCode = await main(process.argv.slice(2))
