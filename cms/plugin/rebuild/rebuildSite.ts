import type { Payload, PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { REBUILD_QUEUE, REBUILD_TASK } from './names'
import { callDeployHook, runBuildCommand } from './targets'

/** Status writes are chained so that "queued" can never overwrite a later "building". */
const statusWrites = new WeakMap<Payload, Promise<void>>()
const JOBS = 'payload-jobs'

function describeTarget(rebuild: NonNullable<SanitizedTrustCenterOptions['rebuild']>): string {
  return rebuild.deployHookUrl
    ? `deploy hook ${new URL(rebuild.deployHookUrl).host}`
    : `local: ${rebuild.command!.join(' ')}`
}

function recordStatus(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  data: Record<string, unknown>,
): Promise<void> {
  const write = async () => {
    try {
      await payload.updateGlobal({
        slug: options.slugs.buildStatus,
        data: data,
        overrideAccess: true,
        context: { skipRebuild: true },
      })
    } catch (error) {
      payload.logger.error({ err: error }, 'trust center: could not record the build status')
    }
  }
  const next = (statusWrites.get(payload) ?? Promise.resolve()).then(write)
  statusWrites.set(payload, next)
  return next
}

/** The job's work: build (deploy hook or local command) and record how it went. */
export async function runRebuild(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  reasons: string[],
): Promise<void> {
  const rebuild = options.rebuild
  if (!rebuild) return
  const target = describeTarget(rebuild)
  await recordStatus(payload, options, {
    state: 'building',
    target,
    trigger: reasons.join('\n'),
    startedAt: new Date().toISOString(),
    finishedAt: null,
    message: null,
  })
  payload.logger.info(
    `trust center: rebuilding the site (${target}) after ${reasons.length} change(s)`,
  )
  const result = rebuild.deployHookUrl
    ? await callDeployHook(rebuild.deployHookUrl, reasons, rebuild.timeoutMs)
    : await runBuildCommand(rebuild.command!, rebuild.cwd, rebuild.timeoutMs)
  if (result.ok) payload.logger.info(`trust center: site rebuilt — ${result.message}`)
  else payload.logger.error(`trust center: site rebuild failed — ${result.message}`)
  await recordStatus(payload, options, {
    state: result.ok ? 'succeeded' : 'failed',
    finishedAt: new Date().toISOString(),
    message: result.message,
  })
}

/** Rebuild jobs that have not started yet (at most one, but two saves at once may make two). */
const waitingJobs = (payload: Payload, req?: PayloadRequest) =>
  payload.find({
    collection: JOBS as 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REBUILD_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 1,
    depth: 0,
    req,
  })

/**
 * Asks for a rebuild after `debounceMs` of quiet: queues a job, or moves the waiting one's start
 * and adds the reason to it. Never throws, so a failing queue can never break a save.
 */
export async function requestRebuild(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  reason: string,
  req?: PayloadRequest,
): Promise<void> {
  const rebuild = options.rebuild
  if (!rebuild) return
  try {
    const waitUntil = new Date(Date.now() + rebuild.debounceMs)
    const waiting = (await waitingJobs(payload, req)).docs[0] as
      { id: number | string; input?: { reasons?: string[] } } | undefined
    if (waiting) {
      const reasons = [...new Set([...(waiting.input?.reasons ?? []), reason])]
      await payload.update({
        collection: JOBS as 'payload-jobs',
        id: waiting.id,
        data: { input: { reasons }, waitUntil: waitUntil.toISOString() },
        depth: 0,
        req,
      })
    } else {
      await payload.jobs.queue({
        task: REBUILD_TASK,
        queue: REBUILD_QUEUE,
        input: { reasons: [reason] },
        waitUntil,
        req,
      })
    }
    void recordStatus(payload, options, { state: 'queued', queuedAt: new Date().toISOString() })
  } catch (error) {
    payload.logger.error({ err: error }, 'trust center: could not queue a rebuild of the site')
  }
}

/**
 * Runs the rebuild queue until no rebuild job is left, waiting for each one's debounce, and for
 * every status write (tests; a shutdown that wants the site current). The CMS itself runs the
 * queue by `jobs.autoRun` (see the plugin's README).
 */
export async function rebuildIdle(payload: Payload): Promise<void> {
  for (;;) {
    const open = await payload.find({
      collection: JOBS as 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: REBUILD_TASK } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      sort: 'waitUntil',
      limit: 1,
      depth: 0,
    })
    const job = open.docs[0] as { waitUntil?: string | null } | undefined
    if (!job) break
    const due = job.waitUntil ? new Date(job.waitUntil).getTime() - Date.now() : 0
    if (due > 0) await new Promise((resolve) => setTimeout(resolve, due + 20))
    const ran = await payload.jobs.run({ queue: REBUILD_QUEUE, limit: 1 })
    if (ran.noJobsRemaining || !ran.jobStatus)
      await new Promise((resolve) => setTimeout(resolve, 100)) // another runner has it
  }
  await statusWrites.get(payload)
}
