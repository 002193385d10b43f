import type { Payload } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { type DebouncedTask, debounceTask } from './debounce'
import { callDeployHook, runBuildCommand } from './targets'

const schedulers = new WeakMap<Payload, DebouncedTask>()
/** Status writes are chained so that "queued" can never overwrite a later "building". */
const statusWrites = new WeakMap<Payload, Promise<void>>()

function describeTarget(rebuild: NonNullable<SanitizedTrustCenterOptions['rebuild']>): string {
  return rebuild.deployHookUrl ? `deploy hook ${new URL(rebuild.deployHookUrl).host}` : `local: ${rebuild.command!.join(' ')}`
}

function recordStatus(payload: Payload, options: SanitizedTrustCenterOptions, data: Record<string, unknown>): Promise<void> {
  const write = async () => {
    try {
      await payload.updateGlobal({ slug: options.slugs.buildStatus as never, data: data as never, overrideAccess: true, context: { skipRebuild: true } })
    } catch (error) {
      payload.logger.error({ err: error }, 'trust center: could not record the build status')
    }
  }
  const next = (statusWrites.get(payload) ?? Promise.resolve()).then(write)
  statusWrites.set(payload, next)
  return next
}

/** One debounced rebuild queue per Payload instance. */
export function rebuildQueue(payload: Payload, options: SanitizedTrustCenterOptions): DebouncedTask | null {
  const rebuild = options.rebuild
  if (!rebuild) return null
  let queue = schedulers.get(payload)
  if (!queue) {
    const target = describeTarget(rebuild)
    queue = debounceTask(async (reasons) => {
      await recordStatus(payload, options, { state: 'building', target, trigger: reasons.join('\n'), startedAt: new Date().toISOString(), finishedAt: null, message: null })
      payload.logger.info(`trust center: rebuilding the site (${target}) after ${reasons.length} change(s)`)
      const result = rebuild.deployHookUrl
        ? await callDeployHook(rebuild.deployHookUrl, reasons, rebuild.timeoutMs)
        : await runBuildCommand(rebuild.command!, rebuild.cwd, rebuild.timeoutMs)
      if (result.ok) payload.logger.info(`trust center: site rebuilt — ${result.message}`)
      else payload.logger.error(`trust center: site rebuild failed — ${result.message}`)
      await recordStatus(payload, options, { state: result.ok ? 'succeeded' : 'failed', finishedAt: new Date().toISOString(), message: result.message })
    }, rebuild.debounceMs)
    schedulers.set(payload, queue)
  }
  return queue
}

/** Asks for a rebuild; never throws, so a failing build can never break a save. */
export function requestRebuild(payload: Payload, options: SanitizedTrustCenterOptions, reason: string): void {
  const queue = rebuildQueue(payload, options)
  if (!queue) return
  queue.schedule(reason)
  void recordStatus(payload, options, { state: 'queued', queuedAt: new Date().toISOString() })
}

/** Resolves when no rebuild is queued or running and every status write landed (shutdown, tests). */
export async function rebuildIdle(payload: Payload): Promise<void> {
  await schedulers.get(payload)?.whenIdle()
  await statusWrites.get(payload)
}
