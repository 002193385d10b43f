import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { companyData } from '../helpers/createData'

/**
 * kill -9 of a real CMS process at random instants of a publication to 50 subscribers: after a
 * restart every subscriber has exactly one delivery and one mail (issue 25, finding 5).
 */
const SUBSCRIBERS = 50
const ITERATIONS = Number(process.env.OUTBOX_CRASH_ITERATIONS ?? 4)
const seed = Number(process.env.OUTBOX_CRASH_SEED ?? Date.now() % 2 ** 31)

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
function random(seedValue: number) {
  let a = seedValue
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let t: TestPayload
let smtp: TestSmtp
let killWindowMs = 4_000

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({ SMTP_URL: smtp.url, TRUSTCENTER_JOBS_AUTORUN: 'off' })
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

/** The CMS as a child process with its autorun on (every second), on the test's database. */
function startCms(companyId: string | number): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.resolve(import.meta.dirname, '../helpers/publishingCms.ts'),
      String(companyId),
    ],
    {
      env: {
        ...process.env,
        TRUSTCENTER_JOBS_AUTORUN: 'on',
        TRUSTCENTER_JOBS_EVERY_SECONDS: '1',
        // Released after 8 s without progress: longer than a delivery takes on a loaded machine.
        TRUSTCENTER_STALE_JOB_MS: '8000',
        TRUSTCENTER_BATCH_WINDOW_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve()
    })
    child.once('exit', () => reject(new Error('the CMS process exited before it was ready')))
  })
  return { child, ready }
}

async function kill(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGKILL')
  await once(child, 'exit')
}

async function seedCompany(slug: string) {
  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({ name: slug, slug }),
  })
  for (let i = 0; i < SUBSCRIBERS; i++)
    await t.payload.create({
      collection: 'subscribers',
      data: {
        email: `s${i}@${slug}.test`,
        company: company.id,
        topics: ['toms'],
        locale: 'en',
        status: 'confirmed',
      },
    })
  return company.id
}

async function state(companyId: string | number) {
  const version = (
    await t.payload.find({
      collection: 'tom-versions',
      where: { and: [{ company: { equals: companyId } }, { status: { equals: 'published' } }] },
      depth: 0,
    })
  ).docs[0]
  const deliveries = version
    ? (
        await t.payload.find({
          collection: 'notification-deliveries',
          where: { eventKey: { equals: `tom-version:${String(version.id)}` } },
          pagination: false,
          depth: 0,
        })
      ).docs
    : []
  const jobs = await t.payload.find({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    pagination: false,
    depth: 0,
  })
  return { version, deliveries, processing: jobs.docs }
}

const summary = (deliveries: ReadonlyArray<any>) => {
  const counts = new Map<string, number>()
  for (const d of deliveries) counts.set(String(d.status), (counts.get(String(d.status)) ?? 0) + 1)
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ') || 'none'
}

/** What is still open, for the log of a run that did not finish. */
async function leftovers(companyId: string | number) {
  const { deliveries } = await state(companyId)
  const jobs = await t.payload.find({
    collection: 'payload-jobs',
    where: { completedAt: { exists: false } },
    pagination: false,
    depth: 0,
  })
  return {
    delivery: deliveries.find((d) => d.status !== 'sent'),
    jobs: jobs.docs.slice(0, 3).map((j) => ({ ...j, log: undefined })),
    openJobs: jobs.totalDocs,
  }
}

const mailsTo = (slug: string) =>
  smtp.mails.filter((m) => (m.to as { text: string }).text.endsWith(`@${slug}.test`))

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

/** Restarts the CMS and waits until every subscriber's delivery is sent (or the time is up). */
async function restartAndDrain(companyId: string | number, slug: string) {
  const { child, ready } = startCms(companyId)
  await ready
  const readyAt = Date.now()
  const drained = await until(async () => {
    const { deliveries } = await state(companyId)
    return (
      deliveries.length >= SUBSCRIBERS &&
      deliveries.every((d) => d.status === 'sent') &&
      new Set(mailsTo(slug).map((m) => m.to && (m.to as { text: string }).text)).size >= SUBSCRIBERS
    )
  }, 120_000)
  const tookMs = Date.now() - readyAt
  // A little longer, so that a duplicate still on its way would arrive and be counted.
  await new Promise((r) => setTimeout(r, 2_000))
  await kill(child)
  return { drained, tookMs }
}

function expectExactlyOnce(slug: string, deliveries: ReadonlyArray<any>) {
  expect(deliveries).toHaveLength(SUBSCRIBERS)
  expect(new Set(deliveries.map((d) => String(d.subscriber))).size).toBe(SUBSCRIBERS)
  expect(deliveries.every((d) => d.status === 'sent')).toBe(true)
  const mails = mailsTo(slug)
  const recipients = new Map<string, Set<string>>()
  for (const m of mails) {
    const to = (m.to as { text: string }).text
    recipients.set(to, (recipients.get(to) ?? new Set()).add(String(m.messageId)))
  }
  expect(recipients.size).toBe(SUBSCRIBERS)
  // One message per subscriber: a copy resent after the kill carries the same Message-ID.
  expect([...recipients.values()].every((ids) => ids.size === 1)).toBe(true)
  return mails.length
}

describe('a CMS killed during a publication to 50 subscribers', () => {
  it(`loses no delivery and duplicates none (${ITERATIONS} random kills, seed ${seed})`, async () => {
    console.log(`outbox crash test: seed ${seed} (replay with OUTBOX_CRASH_SEED=${seed})`)
    const next = random(seed)
    // How long a publication takes here, from the process being ready to the last mail: kill
    // instants are drawn from that window, so they fall into publishing, fan-out and sending
    // however loaded the machine is.
    const calibration = await restartAndDrain(
      await seedCompany('crash-calibration'),
      'crash-calibration',
    )
    expect(calibration.drained).toBe(true)
    killWindowMs = calibration.tookMs
    console.log(`  an uninterrupted publication took ${killWindowMs} ms`)
    for (let i = 0; i < ITERATIONS; i++) {
      const slug = `crash-${i}`
      const companyId = await seedCompany(slug)
      const delay = Math.floor(next() * killWindowMs)
      const { child, ready } = startCms(companyId)
      await ready
      await new Promise((r) => setTimeout(r, delay))
      await kill(child)
      const atKill = await state(companyId)
      const mailsAtKill = mailsTo(slug).length
      const { drained } = await restartAndDrain(companyId, slug)
      const after = await state(companyId)
      console.log(
        `  #${i}: killed ${delay} ms after ready — published: ${atKill.version ? 'yes' : 'no'}, ` +
          `deliveries: ${summary(atKill.deliveries)}, mails: ${mailsAtKill}, ` +
          `jobs left processing: ${atKill.processing.length}; ` +
          `after restart: ${summary(after.deliveries)}, ${mailsTo(slug).length} mails received, ` +
          `jobs still processing: ${after.processing.length} (drained: ${drained})`,
      )
      if (!drained) console.log('  not drained:', JSON.stringify(await leftovers(companyId)))
      expectExactlyOnce(slug, after.deliveries)
      expect(drained).toBe(true)
    }
  }, 1_200_000)

  it('takes up a delivery job left processing with its concurrency key held', async () => {
    const slug = 'crash-held'
    const companyId = await seedCompany(slug)
    const held = smtp.holdNext()
    const { child, ready } = startCms(companyId)
    await ready
    await held.arrived // a mail is at the SMTP server, not yet accepted …
    await kill(child) // … when the CMS dies
    held.release()
    const atKill = await state(companyId)
    const stuck = atKill.processing.filter((j) => j.taskSlug === 'trustCenterDeliver')
    console.log(
      `  held mail: at the kill ${summary(atKill.deliveries)}, ${atKill.processing.length} job(s) processing, ` +
        `${mailsTo(slug).length} mails; open: ${JSON.stringify(await leftovers(companyId))}`,
    )
    expect(stuck.length).toBeGreaterThan(0)
    expect(stuck.every((j) => typeof j.concurrencyKey === 'string')).toBe(true)
    expect(atKill.deliveries.some((d) => d.status === 'sending')).toBe(true)
    expect((await restartAndDrain(companyId, slug)).drained).toBe(true)
    const after = await state(companyId)
    const raw = expectExactlyOnce(slug, after.deliveries)
    console.log(`  held mail: ${raw} mails received for ${SUBSCRIBERS} subscribers`)
    expect(after.processing.filter((j) => j.taskSlug === 'trustCenterDeliver')).toHaveLength(0)
  }, 180_000)
})
