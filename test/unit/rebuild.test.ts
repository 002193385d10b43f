import { describe, expect, it } from 'vitest'
import { startStandby, takeStandby } from '../../cms/plugin/rebuild/standby'
import {
  type BuildProcess,
  runBuildCommand,
  startBuildCommand,
} from '../../cms/plugin/rebuild/targets'

describe('local build command', () => {
  it('reports success with the end of the output', async () => {
    const result = await runBuildCommand(
      [process.execPath, '-e', 'console.log("built 18 pages")'],
      process.cwd(),
      10_000,
    )
    expect(result).toEqual({ ok: true, message: 'built 18 pages' })
  })

  it('reports a failure with exit status and output', async () => {
    const result = await runBuildCommand(
      [process.execPath, '-e', 'console.error("no such table: companies"); process.exit(3)'],
      process.cwd(),
      10_000,
    )
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/exited with 3/)
    expect(result.message).toMatch(/no such table: companies/)
    expect(result.message).toMatch(/previous site stays online/)
  })

  it('stops a build that hangs', async () => {
    const result = await runBuildCommand(
      [process.execPath, '-e', 'setTimeout(() => {}, 60000)'],
      process.cwd(),
      300,
    )
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/stopped after/)
  })
})

describe('standby build command', () => {
  // Reads the go (one line of variables) and prints what it got.
  const script = `let t = ''; process.stdin.on('data', (d) => { t += d; if (t.includes('\\n')) {
    console.log(process.env.TRUSTCENTER_BUILD_STANDBY + ' ' + JSON.parse(t).TRUSTCENTER_SNAPSHOT)
  } })`
  const rebuild = {
    command: [process.execPath, '-e', script],
    cwd: process.cwd(),
    standby: true,
    debounceMs: 0,
    quickDebounceMs: 0,
    maxWaitMs: 0,
    timeoutMs: 10_000,
  }
  const exited = (build: BuildProcess) =>
    new Promise<boolean>((resolve) => {
      const check = (n: number) =>
        !build.usable() ? resolve(true) : n > 50 ? resolve(false) : setTimeout(check, 100, n + 1)
      check(0)
    })

  it('waits, and builds with the variables of the go', async () => {
    const standby = startBuildCommand(rebuild.command, rebuild.cwd)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(standby.usable()).toBe(true)
    const result = await standby.run({ TRUSTCENTER_SNAPSHOT: '/tmp/snapshot.json' }, 10_000)
    expect(result).toEqual({ ok: true, message: '1 /tmp/snapshot.json' })
    expect(standby.usable()).toBe(false)
  })

  it('keeps one standby at most, taken once, and only for its own command', async () => {
    startStandby(rebuild)
    const first = takeStandby(rebuild)!
    expect(first.usable()).toBe(true)
    expect(takeStandby(rebuild)).toBeUndefined()
    startStandby(rebuild)
    startStandby(rebuild) // ends the one before
    const second = takeStandby(rebuild)!
    expect(second.pid).not.toBe(first.pid)
    startStandby(rebuild)
    expect(takeStandby({ ...rebuild, cwd: '/' })).toBeUndefined() // another command: ended
    for (const build of [first, second]) build.discard()
    expect(await exited(first)).toBe(true)
    expect(await exited(second)).toBe(true)
  })
})
