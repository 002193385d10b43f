import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import { databaseKind, sqliteFile } from './paths'

/*
 * Apart from readiness.ts, which imports the migrations and with them Payload's SQLite adapter:
 * `npm run build` checks the file before it starts Astro, and loading Payload there only for
 * this took ~4 s and ~320 MB of every build (each rebuild the CMS runs is a new process).
 */

/** The database cannot serve a build; the message says what to run. */
export class DatabaseNotReadyError extends Error {
  constructor(message: string) {
    super(
      `${message}\nRun \`npm run setup\` to prepare the database (migrations, seed from content/), then try again.`,
    )
    this.name = 'DatabaseNotReadyError'
  }
}

/** Checks done before Payload opens the file: it must exist and be an SQLite database. */
export function assertSqliteFileUsable(uri: string): void {
  if (databaseKind(uri) !== 'sqlite') return
  const file = sqliteFile(uri)
  if (!existsSync(file)) throw new DatabaseNotReadyError(`No database at ${file}.`)
  const header = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  const read = readSync(fd, header, 0, 16, 0)
  closeSync(fd)
  if (read < 16 || header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new DatabaseNotReadyError(
      `${file} is not an SQLite database (corrupt or a different file).`,
    )
  }
}
