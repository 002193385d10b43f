/** `npm run setup`: prepare the database (migrations, seed when empty, demo login). */
import { openPayload } from '../database/open'
import { writePublishedSnapshot } from '@trust-center/astro-loader/snapshot'
import { databaseUri, publishedSnapshotFile } from '../database/paths'
import { setup } from '../setup/setup'

process.env.TRUSTCENTER_REBUILD ??= 'off' // setup writes many documents; the caller builds once
const log = (line: string) => process.stdout.write(`${line}\n`)
log(`Database: ${databaseUri().replace(/\/\/[^@]*@/, '//***@')}`)
const payload = await openPayload({ requireReady: false })
try {
  const { login } = await setup(payload, log)
  if (login) log(`Demo login: ${login.email} / ${login.password}`)
  // The CMS's first rebuild then reads in full only what changed since (docs/performance.md).
  // Not a reason to fail the setup: that rebuild writes it anew and reports what is wrong.
  await writePublishedSnapshot(payload, publishedSnapshotFile).then(
    ({ entries }) => log(`Published snapshot: ${entries} entries in ${publishedSnapshotFile}`),
    (error: Error) => log(`Warning: no published snapshot written: ${error.message}`),
  )
  log('Setup done.')
} finally {
  await payload.destroy()
}
process.exit(0)
