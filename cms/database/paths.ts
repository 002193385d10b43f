import path from 'node:path'
import { readEnv } from '../env'

/** Where the reference app keeps its local state (git-ignored). */
export const projectRoot = readEnv().TRUSTCENTER_ROOT ?? process.cwd()
export const dataDir = path.resolve(projectRoot, readEnv().TRUSTCENTER_DATA_DIR ?? 'data')
const defaultDatabaseUri = `file:${path.join(dataDir, 'trust-center.db')}`
/** The published data as the CMS last wrote it for the site's build (docs/performance.md). */
export const publishedSnapshotFile = path.join(dataDir, 'published-snapshot.json')

export function databaseUri(): string {
  return readEnv().DATABASE_URI ?? defaultDatabaseUri
}

type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB); got "${uri.split(':')[0]}:…"`,
  )
}

/** The SQLite file behind a file: URI. */
export function sqliteFile(uri: string): string {
  return path.resolve(projectRoot, uri.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
}
