import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/** `npm run setup` leaves the data folder readable by its owner only, whatever the umask made it. */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Muster AG', slug: 'muster' }),
  }) // so setup does not seed
})
afterAll(async () => t?.close())

const mode = (p: string) => statSync(p).mode & 0o777

describe('data folder permissions', () => {
  it('makes the database, uploads, outbox, secret and demo login 0600 in 0700 folders', async () => {
    for (const dir of ['media', 'outbox'])
      mkdirSync(path.join(t.dataDir, dir), { recursive: true, mode: 0o755 })
    writeFileSync(path.join(t.dataDir, 'media', 'logo.png'), 'x', { mode: 0o644 })
    writeFileSync(path.join(t.dataDir, 'outbox', 'mail.eml'), 'x', { mode: 0o644 })
    writeFileSync(path.join(t.dataDir, 'payload-secret'), 'x', { mode: 0o644 })
    chmodSync(t.dataDir, 0o755)
    // The SQLite file, when the suite runs on SQLite (on MongoDB the folder holds no database).
    const database = process.env.TEST_DATABASE_URI?.startsWith('mongodb') ? [] : ['test.db']
    for (const file of database) chmodSync(path.join(t.dataDir, file), 0o644)
    const { setup } = await import('../../cms/setup/setup')
    await setup(t.payload, () => {})
    expect(mode(t.dataDir)).toBe(0o700)
    for (const dir of ['media', 'outbox']) expect(mode(path.join(t.dataDir, dir)), dir).toBe(0o700)
    for (const file of [
      ...database,
      'media/logo.png',
      'outbox/mail.eml',
      'payload-secret',
      'demo-login.json',
    ])
      expect(mode(path.join(t.dataDir, file)), file).toBe(0o600)
  })
})
