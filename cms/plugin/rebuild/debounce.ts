/**
 * Runs `task` once after `delayMs` of quiet, with all reasons collected since the last run. A
 * change that arrives while the task runs schedules exactly one more run afterwards, so the
 * last change is always built and builds never overlap.
 */
export interface DebouncedTask {
  schedule(reason: string): void
  /** Resolves when nothing is scheduled or running (for shutdown and tests). */
  whenIdle(): Promise<void>
  cancel(): void
}

export function debounceTask(task: (reasons: string[]) => Promise<void>, delayMs: number): DebouncedTask {
  let timer: NodeJS.Timeout | undefined
  let pending: string[] = []
  let running: Promise<void> | undefined
  let idleWaiters: Array<() => void> = []

  const settleIfIdle = () => {
    if (timer || running || pending.length) return
    const waiters = idleWaiters
    idleWaiters = []
    waiters.forEach((resolve) => resolve())
  }

  const fire = () => {
    timer = undefined
    if (running) return // re-armed when the current run ends
    const reasons = pending
    pending = []
    running = task(reasons)
      .catch(() => undefined) // the task reports its own failures
      .finally(() => {
        running = undefined
        if (pending.length) arm()
        else settleIfIdle()
      })
  }
  const arm = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(fire, delayMs)
    timer.unref?.()
  }

  return {
    schedule(reason) {
      if (!pending.includes(reason)) pending.push(reason)
      arm()
    },
    whenIdle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve)
        settleIfIdle()
      })
    },
    cancel() {
      if (timer) clearTimeout(timer)
      timer = undefined
      pending = []
      settleIfIdle()
    },
  }
}
