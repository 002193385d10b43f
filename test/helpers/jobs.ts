import type { Payload } from 'payload'

/** Runs Payload's jobs queue until nothing is due now (retries with backoff included). */
export async function runJobs(payload: Payload, rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await payload.jobs.run({ limit: 100 })
    const open = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (open.totalDocs === 0) return
    await new Promise((r) => setTimeout(r, 100))
  }
}
