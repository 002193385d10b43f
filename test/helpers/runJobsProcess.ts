/**
 * A second CMS process that runs the jobs queue once, on the database the environment names
 * (a test kills it mid-delivery to show what a crash leaves behind).
 */
export {}

const { getPayload } = await import('payload')
const config = (await import('../../cms/payload.config')).default
const payload = await getPayload({ config })
process.stdout.write('ready\n')
await payload.jobs.run({ limit: 100 })
process.exit(0)
