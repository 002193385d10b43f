import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { cpuMsOf, ticksOf } from '../../bench/cpuTime'

describe('bench CPU time from /proc', () => {
  it('reads utime + stime after a command name with spaces and parentheses', () => {
    const rest = ['S', ...Array.from({ length: 10 }, (_, i) => String(i)), '250', '40', '7', '8']
    expect(ticksOf(`4242 (next-server (v16) x) ${rest.join(' ')}`)).toBe(290)
  })

  it('counts the CPU of a process found by a marker in its environment', async () => {
    const marker = `BENCH_CPU_MARKER=${process.pid}-${Date.now()}`
    // Busy until it has used 300 ms of CPU (however loaded the machine), then says so and waits.
    const child = spawn(
      process.execPath,
      [
        '-e',
        'while (process.cpuUsage().user < 300_000); console.log("done"); setTimeout(() => {}, 60_000)',
      ],
      { env: { ...process.env, BENCH_CPU_MARKER: marker.split('=')[1] } },
    )
    await once(child.stdout, 'data')
    const ms = cpuMsOf(marker)
    child.kill()
    await once(child, 'exit')
    expect(ms).toBeGreaterThanOrEqual(290) // the busy loop, at least (ticks of 10 ms)
    expect(cpuMsOf('BENCH_CPU_MARKER=nobody')).toBe(0)
  })
})
