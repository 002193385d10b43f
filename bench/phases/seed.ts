/** Benchmark phase (child process): migrate a fresh database, seed the generated content, add subprocessor history. */
import { migrateDatabase } from '../../cms/setup/migrate'
import { seedContent } from '../../cms/seed/seedContent'
import { openPayload } from '../../cms/database/open'

const [contentDir] = process.argv.slice(2)
const payload = await openPayload({ requireReady: false })
await migrateDatabase(payload)
let started = performance.now()
const processes = process.env.BENCH_SEED_PROCESSES
  ? Number(process.env.BENCH_SEED_PROCESSES)
  : undefined
const summary = await seedContent(payload, contentDir!, {
  processes,
  log: (line) => {
    if (/^\[(\d+)\//.test(line) && Number(/^\[(\d+)/.exec(line)![1]) % 100 === 0)
      process.stderr.write(`  seeded ${line.split(']')[0]!.slice(1)}\n`)
  },
})
const seedSeconds = (performance.now() - started) / 1000

// History: per company two subprocessors change purpose, one ends, one is announced.
started = performance.now()
const context = { skipRebuild: true }
const companies = await payload.find({ collection: 'companies', pagination: false, depth: 0 })
let events = 0
for (const company of companies.docs) {
  const subs = (
    await payload.find({
      collection: 'subprocessors',
      where: { company: { equals: company.id } },
      limit: 4,
      depth: 0,
      sort: 'name',
    })
  ).docs
  for (const sub of subs.slice(0, 2)) {
    await payload.update({
      collection: 'subprocessors',
      id: sub.id,
      data: {
        purpose: `${String((sub as { purpose: string }).purpose)} und Support`,
        changeNote: 'Leistungsumfang erweitert.',
      },
      context,
    })
    events++
  }
  if (subs[2]) {
    await payload.update({
      collection: 'subprocessors',
      id: subs[2].id,
      data: { status: 'ended', endedAt: '2026-01-31', changeNote: 'Vertrag beendet.' },
      context,
    })
    events++
  }
  await payload.create({
    collection: 'subprocessors',
    data: {
      company: company.id,
      name: `Neuer Dienstleister ${String(company.id)} SE`,
      purpose: 'Hosting',
      locations: ['DE'],
      transferSafeguard: 'eu-eea',
      status: 'announced',
      effectiveFrom: '2027-03-01',
    },
    context: { ...context, skipNotify: true },
  })
  events++
}
const historySeconds = (performance.now() - started) / 1000
await payload.destroy()
process.stdout.write(
  `${JSON.stringify({ seedSeconds, historySeconds, summary, historyChanges: events, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
)
process.exit(0)
