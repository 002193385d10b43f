import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { supervise } from '../../cms/serve/supervise'

describe('supervise', () => {
  it('restarts a process that crashes or is killed, and stops when asked', async () => {
    const pids: number[] = []
    const s = supervise(
      () => {
        const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
          stdio: 'ignore',
        })
        pids.push(child.pid!)
        return child
      },
      { initialDelayMs: 50 },
    )
    await new Promise((r) => setTimeout(r, 300))
    process.kill(pids[0]!, 'SIGKILL') // kill -9, as in a crash
    await new Promise((r) => setTimeout(r, 600))
    process.kill(pids[1]!, 'SIGKILL')
    await new Promise((r) => setTimeout(r, 600))
    expect(s.restarts()).toBe(2)
    expect(pids).toHaveLength(3)
    const last = s.current()
    s.stop()
    await new Promise((r) => last.once('exit', r))
    await new Promise((r) => setTimeout(r, 300))
    expect(pids).toHaveLength(3)
  })
})
