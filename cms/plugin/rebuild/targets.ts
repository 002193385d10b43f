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
  return new Promise((resolve) => {
    const [cmd, ...args] = argv
    let output = ''
    const child = spawn(cmd!, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-TAIL)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      output += `\n(stopped after ${Math.round(timeoutMs / 1000)} s)`
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, message: `Cannot run ${argv.join(' ')}: ${error.message}` })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const tail = output.trim()
      resolve(
        code === 0
          ? { ok: true, message: tail.split('\n').slice(-3).join('\n') || 'Build finished.' }
          : {
              ok: false,
              message: `${argv.join(' ')} exited with ${code ?? signal}. The previous site stays online.\n${tail}`,
            },
      )
    })
  })
}
