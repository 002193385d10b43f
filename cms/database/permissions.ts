import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Only the account that runs the trust center may read its data: the database holds password
 * hashes, subscribers' e-mail addresses and live tokens; the folder the secret and the demo
 * login. Folders 0700, files 0600 — whatever the umask made them. Recurses into the data folder
 * (database, uploads, outbox), never outside it.
 */
export function restrictPermissions(target: string): void {
  if (!existsSync(target)) return
  const stats = statSync(target)
  if (stats.isDirectory()) {
    chmodSync(target, 0o700)
    for (const entry of readdirSync(target)) restrictPermissions(path.join(target, entry))
  } else if (stats.isFile()) chmodSync(target, 0o600)
}

/** The SQLite file and its WAL/SHM companions (which may lie outside the data folder). */
export function restrictDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600)
}
