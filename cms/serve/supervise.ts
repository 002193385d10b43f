import type { ChildProcess } from 'node:child_process'

export interface Supervisor {
  /** The process running now. */
  current(): ChildProcess
  /** How often it was restarted. */
  restarts(): number
  /** Stops it and restarts no more. */
  stop(): void
}

/**
 * Keeps a child process running: when it exits without being asked to (a crash, an out-of-memory
 * abort, kill -9) it is started again after a pause that doubles up to `maxDelayMs` and drops
 * back to `initialDelayMs` after a minute of uptime. Whatever else runs in this process (the
 * static site server) keeps serving meanwhile.
 */
export function supervise(
  start: () => ChildProcess,
  {
    initialDelayMs = 1000,
    maxDelayMs = 30_000,
    onRestart,
  }: {
    initialDelayMs?: number
    maxDelayMs?: number
    onRestart?: (code: number | null, signal: NodeJS.Signals | null, delayMs: number) => void
  } = {},
): Supervisor {
  let stopped = false
  let restarts = 0
  let delay = initialDelayMs
  let child = launch()
  let timer: NodeJS.Timeout | undefined
  function launch(): ChildProcess {
    const started = Date.now()
    const proc = start()
    proc.once('exit', (code, signal) => {
      if (stopped) return
      if (Date.now() - started > 60_000) delay = initialDelayMs
      onRestart?.(code, signal, delay)
      timer = setTimeout(() => {
        restarts++
        child = launch()
      }, delay)
      delay = Math.min(delay * 2, maxDelayMs)
    })
    return proc
  }
  return {
    current: () => child,
    restarts: () => restarts,
    stop() {
      stopped = true
      clearTimeout(timer)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    },
  }
}
