/**
 * Child-process helper for e2e tests: publishes FILE as a new TOM version of company SLUG in the
 * configured database (as the CMS would), so a following `npm run build` sees one change.
 * Usage: node --import tsx test/helpers/publish-version.ts SLUG FILE EFFECTIVE_DATE
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { openPayload } from '../../cms/database/open'
import { importTomVersion } from '../../cms/plugin/utilities/importTomVersion'

const [slug, file, effectiveDate] = process.argv.slice(2)
const payload = await openPayload({ requireReady: true })
const company = (
  await payload.find({
    collection: 'companies',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
).docs[0]
if (!company) throw new Error(`no company ${slug}`)
const result = await importTomVersion({
  payload,
  companyId: company.id,
  text: readFileSync(file!, 'utf8'),
  filename: path.basename(file!),
  status: 'published',
  effectiveDate,
  changeSummary: 'Test-Revision.',
  changeKind: 'material',
  context: { skipRebuild: true },
})
await payload.destroy()
process.stdout.write(`${JSON.stringify(result)}\n`)
process.exit(0)
