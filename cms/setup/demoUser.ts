import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { dataDir } from '../database/paths'

export interface DemoLogin {
  email: string
  password: string
}

const loginFile = () => path.join(dataDir, 'demo-login.json')
const DEMO_EMAIL = 'admin@trust-center.localhost'

/**
 * On an empty user table, creates an admin with a password generated now (never one from the
 * code) and keeps it in the data folder so that `npm start` can show it again.
 */
export async function ensureDemoUser(payload: Payload): Promise<DemoLogin | null> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0)
    return existsSync(loginFile())
      ? (JSON.parse(readFileSync(loginFile(), 'utf8')) as DemoLogin)
      : null
  const login = { email: DEMO_EMAIL, password: randomBytes(12).toString('base64url') }
  await payload.create({
    collection: 'users',
    data: {
      email: login.email,
      password: login.password,
      name: 'Demo admin',
      role: 'admin',
    },
  })
  writeFileSync(loginFile(), `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 })
  return login
}
