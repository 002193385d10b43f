/**
 * A seeding process of seedContent.ts. It opens Payload, reports `ready`, and then writes each
 * company it is given (checked already by the coordinator) until it is told the work has ended.
 * Usage (IPC channel required): node --import tsx seedWorker.ts CONTENT_DIR
 */
import { openPayload } from '../database/open'
import { type WorkerReport, workerTaskSchema } from './seedMessages'
import { seedCompany, seededCounts } from './seedFromContent'

const [contentDir] = process.argv.slice(2)
const send = (report: WorkerReport) =>
  new Promise<void>((resolve, reject) =>
    process.send!(report, (error: Error | null) => (error ? reject(error) : resolve())),
  )
// The coordinator gone (failed, killed, Ctrl-C): stop, don't write on as an orphan.
process.on('disconnect', () => process.exit(1))

async function fail(error: unknown): Promise<never> {
  await send({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  }).catch(() => {})
  process.exit(1)
}

try {
  const payload = await openPayload({ requireReady: true })
  // One task at a time: the coordinator sends the next only after this one's report.
  process.on('message', (message) => {
    void (async () => {
      const task = workerTaskSchema.parse(message)
      if (task.type === 'end') {
        await payload.destroy()
        process.exit(0)
      }
      const file = { file: task.file, company: task.company }
      const summary = await seedCompany(payload, contentDir!, file)
      await send({ type: 'seeded', ...seededCounts(file), summary })
    })().catch(fail)
  })
  await send({ type: 'ready' })
} catch (error) {
  await fail(error)
}
