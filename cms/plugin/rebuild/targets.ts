import { spawn } from 'node:child_process'

export interface TargetResult {
  ok: boolean
  message: string
}

/** POSTs to a hosting provider's deploy hook; any non-2xx answer is a failure. */
export async function callDeployHook(
  url: string,
  reasons: string[],
  timeoutMs: number,
): Promise<TargetResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'trust-center-rebuild' },
      body: JSON.stringify({ event: 'trust-center.published', reasons }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const body = (await response.text()).slice(0, 500)
    return response.ok
      ? { ok: true, message: `Deploy hook answered ${response.status}.` }
      : {
          ok: false,
          message: `Deploy hook answered ${response.status} ${response.statusText}: ${body}`,
        }
  } catch (error) {
    return { ok: false, message: `Deploy hook unreachable: ${(error as Error).message}` }
  }
}

const TAIL = 4_000

/** A local build command's process, started and perhaps not yet told to build. */
export interface BuildProcess {
  /** Builds (`env` added to the environment), resolving with how it went. Call once. */
  run(env: Record<string, string>, timeoutMs: number): Promise<TargetResult>
  /** Whether it can still be told to build (it has not ended). */
  usable(): boolean
  /** Ends a standby that will not build. */
  discard(): void
  /** The command's process id (undefined if it could not start). */
  pid: number | undefined
}

type Unrefable = { ref?: () => void; unref?: () => void } | null

/**
 * Starts a local build command as a standby: with `TRUSTCENTER_BUILD_STANDBY=1` it loads what it
 * can, then waits for one line on its stdin — a JSON object of variables to add to its
 * environment — and builds; it ends without building when its stdin closes (the CMS ended). Until
 * told to build it holds the CMS neither alive nor back. Its exit status decides, the end of its
 * output explains.
 */
export function startBuildCommand(argv: string[], cwd: string): BuildProcess {
  return spawnBuild(argv, cwd, { TRUSTCENTER_BUILD_STANDBY: '1' }, true)
}

function spawnBuild(
  argv: string[],
  cwd: string,
  env: Record<string, string>,
  standby: boolean,
): BuildProcess {
  const [cmd, ...args] = argv
  let output = ''
  let failedToStart: Error | undefined
  const child = spawn(cmd!, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: [standby ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  })
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-TAIL)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  child.stdin?.on('error', () => {}) // a standby that ended: its exit status reports it
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('error', (error) => {
      failedToStart = error
      resolve([null, null])
    })
    child.on('close', (code, signal) => resolve([code, signal]))
  })
  const handles = [child, child.stdin, child.stdout, child.stderr] as Unrefable[]
  if (standby) for (const handle of handles) handle?.unref?.()
  return {
    pid: child.pid,
    usable: () => child.exitCode === null && child.signalCode === null && !failedToStart,
    discard: () => void child.kill('SIGTERM'),
    run: async (goEnv, timeoutMs) => {
      if (standby) {
        for (const handle of handles) handle?.ref?.()
        child.stdin!.end(`${JSON.stringify(goEnv)}\n`)
      }
      const timer = setTimeout(() => {
        child.kill('SIGTERM')
        output += `\n(stopped after ${Math.round(timeoutMs / 1000)} s)`
      }, timeoutMs)
      const [code, signal] = await closed
      clearTimeout(timer)
      if (failedToStart)
        return { ok: false, message: `Cannot run ${argv.join(' ')}: ${failedToStart.message}` }
      const tail = output.trim()
      return code === 0
        ? { ok: true, message: tail.split('\n').slice(-3).join('\n') || 'Build finished.' }
        : {
            ok: false,
            message: `${argv.join(' ')} exited with ${code ?? signal}. The previous site stays online.\n${tail}`,
          }
    },
  }
}

/**
 * Runs a local build command (`env` added to the CMS's environment); its exit status decides, the
 * end of its output explains.
 */
export function runBuildCommand(
  argv: string[],
  cwd: string,
  timeoutMs: number,
  env: Record<string, string> = {},
): Promise<TargetResult> {
  return spawnBuild(argv, cwd, env, false).run({}, timeoutMs)
}
