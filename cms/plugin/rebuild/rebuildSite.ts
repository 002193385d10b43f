import type { Payload, PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { type DebounceState, rebuildStartsAt } from './debounce'
import { REBUILD_QUEUE, REBUILD_TASK } from './names'
import { runWhenDue } from './runWhenDue'
import { startStandby, takeStandby } from './standby'
import { callDeployHook, runBuildCommand, type TargetResult } from './targets'

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

/**
 * The local build: `prepare` in the CMS (timed in the log), then the command — the standby
 * started ahead if one waits (standby.ts), and the next standby once the build has ended.
 */
async function prepareAndBuild(
  payload: Payload,
  rebuild: NonNullable<SanitizedTrustCenterOptions['rebuild']>,
): Promise<TargetResult> {
  try {
    return await prepareAndRun(payload, rebuild)
  } finally {
    startStandby(rebuild)
  }
}

async function prepareAndRun(
  payload: Payload,
  rebuild: NonNullable<SanitizedTrustCenterOptions['rebuild']>,
): Promise<TargetResult> {
  let env: Record<string, string> = {}
  if (rebuild.prepare) {
    const started = performance.now()
    try {
      env = (await rebuild.prepare(payload)) ?? {}
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, message: `Preparing the build failed: ${message}` }
    }
    payload.logger.info(
      `trust center: build prepared in ${Math.round(performance.now() - started)} ms`,
    )
  }
  const standby = rebuild.standby ? takeStandby(rebuild) : undefined
  if (standby) return standby.run(env, rebuild.timeoutMs)
  return runBuildCommand(rebuild.command!, rebuild.cwd, rebuild.timeoutMs, env)
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
    : await prepareAndBuild(payload, rebuild)
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
    collection: JOBS,
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

type WaitingJob = { id: number | string; createdAt?: string; input?: { reasons?: string[] } }
const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN)

/** The adaptive debounce's view of the queue and the last build (debounce.ts). */
async function debounceState(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  waiting: WaitingJob | undefined,
  req?: PayloadRequest,
): Promise<DebounceState> {
  const now = Date.now()
  const status = (await payload.findGlobal({
    slug: options.slugs.buildStatus,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { startedAt?: string | null; finishedAt?: string | null }
  const started = time(status.startedAt)
  const ended = time(status.finishedAt)
  return {
    now,
    waitingSince: waiting ? time(waiting.createdAt) || now : null,
    // Started and not finished (the state may say "queued" by now). One left by a CMS that died
    // mid-build counts only for as long as a build may take.
    building: !(ended >= started) && now - started < options.rebuild!.timeoutMs,
    lastBuildEndedAt: Number.isNaN(ended) ? null : ended,
  }
}

/**
 * Asks for a rebuild: queues a job, or moves the waiting one's start and adds the reason to it.
 * When it starts is the adaptive debounce's answer (debounce.ts): soon for a lone publication,
 * after a quiet time under a burst; it starts when due, not at the queue's next poll (runWhenDue.ts). Never throws, so a failing queue can never break a save.
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
    const waiting = (await waitingJobs(payload, req)).docs[0] as WaitingJob | undefined
    const startsAt = rebuildStartsAt(await debounceState(payload, options, waiting, req), {
      quickMs: rebuild.quickDebounceMs,
      burstMs: rebuild.debounceMs,
      maxWaitMs: rebuild.maxWaitMs,
    })
    const waitUntil = new Date(startsAt)
    if (waiting) {
      const reasons = [...new Set([...(waiting.input?.reasons ?? []), reason])]
      await payload.update({
        collection: JOBS,
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
    runWhenDue(payload, startsAt)
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
      collection: JOBS,
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
