/**
 * A CMS process as `npm start` runs it, as far as notifications go: Payload with its jobs autorun
 * (and so the recovery sweep before each run). Given a company id it publishes a material TOM
 * version for it — unless one is published already, as an editor would publish again after a
 * crash had lost the first attempt — and keeps running until it is killed.
 */
export {}

const { getPayload } = await import('payload')
const config = (await import('../../cms/payload.config')).default
const { tomVersionData } = await import('./createData')
const { typedId } = await import('../../cms/plugin/utilities/doc')
const payload = await getPayload({ config, cron: true })
process.stdout.write('ready\n')
const raw = process.argv[2]!
const company = typedId(/^\d+$/.test(raw) ? Number(raw) : raw)
const published = await payload.count({
  collection: 'tom-versions',
  where: { and: [{ company: { equals: company } }, { status: { equals: 'published' } }] },
})
if (published.totalDocs === 0) {
  await payload.create({
    collection: 'tom-versions',
    data: tomVersionData({
      company,
      title: 'TOM',
      effectiveDate: '2026-01-01',
      status: 'published',
      changeKind: 'material',
      sections: [{ heading: 'Vertraulichkeit', category: 'confidentiality', controls: [] }],
    }),
  })
}
process.stdout.write('published\n')
