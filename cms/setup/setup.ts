import path from 'node:path'
import type { Payload } from 'payload'
import { databaseKind, databaseUri, dataDir, projectRoot, sqliteFile } from '../database/paths'
import { restrictDatabaseFile, restrictPermissions } from '../database/permissions'
import { seedContent } from '../seed/seedContent'
import { readEnv } from '../env'
import { type DemoLogin, ensureDemoUser } from './demoUser'
import { migrateDatabase } from './migrate'
import { markInterruptedBuild } from './interruptedBuild'

interface SetupResult {
  seeded: boolean
  login: DemoLogin | null
}

/** `npm run setup`: migrate, seed from content/ when there are no companies yet, demo login. Idempotent. */
export async function setup(payload: Payload, log: (line: string) => void): Promise<SetupResult> {
  log('Migrating the database …')
  await migrateDatabase(payload)
  const { totalDocs } = await payload.count({ collection: 'companies' })
  let seeded = false
  if (totalDocs === 0) {
    log('Empty database: seeding from content/ …')
    const summary = await seedContent(payload, path.join(projectRoot, 'content'), {
      log: (line) => log(`  ${line}`),
    })
    log(
      `Seeded ${summary.companies.created} companies, ${summary.tomVersions.created} TOM versions, ${summary.subprocessors.created} subprocessors.`,
    )
    seeded = true
  } else {
    log(
      `Database has ${totalDocs} companies; not seeding (run \`npm run -s trustcenter -- seed\` to import new content).`,
    )
  }
  const login = await ensureDemoUser(payload)
  // `npm start` sets this: its CMS is not running yet, so a build still marked running was cut off.
  if (readEnv().TRUSTCENTER_STARTING === '1' && (await markInterruptedBuild(payload)))
    log('The last site build was interrupted when the CMS stopped; it is now marked failed.')
  restrictPermissions(dataDir)
  const uri = databaseUri()
  if (databaseKind(uri) === 'sqlite') restrictDatabaseFile(sqliteFile(uri))
  return { seeded, login }
}
