/** Benchmark phase (child process): one company publishes one new TOM version, for the incremental rebuild. */
import { openPayload } from '../../cms/database/open'
import { importTomVersion } from '@trust-center/payload-plugin'

const [text] = process.argv.slice(2)
const payload = await openPayload({ requireReady: true })
const company = (await payload.find({ collection: 'companies', limit: 1, depth: 0, sort: 'slug' }))
  .docs[0]!
// The day after the company's newest version: a new version slug also when runs repeat (--reuse-seed).
const newest = (
  await payload.find({
    collection: 'tom-versions',
    where: { company: { equals: company.id } },
    sort: '-effectiveDate',
    limit: 1,
    depth: 0,
    select: { effectiveDate: true },
  })
).docs[0] as { effectiveDate?: string } | undefined
const next = new Date(Date.parse(newest?.effectiveDate ?? '2026-06-01') + 86_400_000)
  .toISOString()
  .slice(0, 10)
const result = await importTomVersion({
  payload,
  companyId: company.id,
  text: text!,
  filename: 'bench-revision.txt',
  status: 'published',
  effectiveDate: next,
  changeSummary: 'Benchmark-Revision.',
  changeKind: 'material',
  context: { skipRebuild: true },
})
await payload.destroy()
process.stdout.write(`${JSON.stringify({ company: company.slug, version: result.version })}\n`)
process.exit(0)
