/**
 * A second CMS process that runs the jobs queue once, on the database the environment names
 * (a test kills it mid-delivery to show what a crash leaves behind). An argument limits it to
 * one task's jobs.
 */
export {}

const { getPayload } = await import('payload')
const config = (await import('../../cms/payload.config')).default
const payload = await getPayload({ config })
process.stdout.write('ready\n')
const task = process.argv[2]
await payload.jobs.run({ limit: 100, ...(task ? { where: { taskSlug: { equals: task } } } : {}) })
process.exit(0)
