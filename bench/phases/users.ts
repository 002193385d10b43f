/** Benchmark phase (child process): an editor and a legal reviewer, for publishing over the CMS API (four-eyes). */
import { randomBytes } from 'node:crypto'
import { openPayload } from '../../cms/database/open'

const payload = await openPayload({ requireReady: true })
const users: Record<string, { email: string; password: string }> = {}
for (const role of ['editor', 'legal'] as const) {
  const email = `bench-${role}-${Date.now()}@example.invalid`
  const password = randomBytes(12).toString('hex')
  await payload.create({
    collection: 'users',
    data: { email, password, role, name: `Bench ${role}` },
    context: { skipRebuild: true },
  })
  users[role] = { email, password }
}
await payload.destroy()
process.stdout.write(`${JSON.stringify(users)}\n`)
process.exit(0)
