import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { withBuildLock } from '../../cms/build/buildLock'

const lockIn = () =>
  path.join(mkdtempSync(path.join(tmpdir(), 'trust-center-lock-')), 'dist.build-lock')
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** The id of a process that has ended. */
const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  }).stdout.trim()

describe('the build lock', () => {
  it('lets a second build wait until the first has finished, and leaves no files behind', async () => {
    const lock = lockIn()
    const order: string[] = []
    const waits: number[] = []
    const first = withBuildLock(lock, async () => {
      order.push('first starts')
      await pause(300)
      order.push('first ends')
    })
    await pause(20)
    const second = withBuildLock(lock, async () => void order.push('second runs'), {
      pollMs: 20,
      onWait: (holder) => waits.push(holder),
    })
    await Promise.all([first, second])
    expect(order).toEqual(['first starts', 'first ends', 'second runs'])
    expect(waits).toEqual([process.pid])
    expect(readdirSync(path.dirname(lock))).toEqual([])
  })

  it('takes over the lock of a process that has died', async () => {
    const lock = lockIn()
    writeFileSync(lock, deadPid())
    expect(
      await withBuildLock(lock, async () => 'built', {
        onWait: () => expect.fail('waited for a dead process'),
      }),
    ).toBe('built')
  })

  it('takes over a lock that names no process', async () => {
    const lock = lockIn()
    writeFileSync(lock, 'not a process id')
    expect(await withBuildLock(lock, async () => 'built')).toBe('built')
  })

  it('takes over a lock from before the machine started, whatever process now has its id', async () => {
    const lock = lockIn()
    writeFileSync(lock, String(process.pid)) // a running process: this one
    utimesSync(lock, new Date(0), new Date(0))
    expect(
      await withBuildLock(lock, async () => 'built', {
        onWait: () => expect.fail('waited for a lock older than the boot'),
      }),
    ).toBe('built')
  })

  it('is released when the build fails', async () => {
    const lock = lockIn()
    await expect(
      withBuildLock(lock, async () => Promise.reject(new Error('astro failed'))),
    ).rejects.toThrow('astro failed')
    expect(existsSync(lock)).toBe(false)
  })
})
