import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readEnv } from '../env'
import { dataDir } from './paths'

/**
 * PAYLOAD_SECRET from the environment; otherwise one generated on first run and kept in the
 * data folder, so that `npm start` needs no configuration and no secret is ever in the code.
 */
export function payloadSecret(): string {
  const fromEnv = readEnv().PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
