import { describe, expect, it } from 'vitest'
import { debounceTask } from '../../cms/plugin/rebuild/debounce'
import { runBuildCommand } from '../../cms/plugin/rebuild/targets'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('debounced rebuilds', () => {
  it('runs once after a burst, with every reason', async () => {
    const runs: string[][] = []
    const task = debounceTask(async (reasons) => void runs.push(reasons), 50)
    task.schedule('a')
    task.schedule('b')
    task.schedule('a')
    await task.whenIdle()
    expect(runs).toEqual([['a', 'b']])
  })

  it('never overlaps builds and builds again for a change that arrived during a build', async () => {
    const runs: string[][] = []
    let active = 0
    let maxActive = 0
    const task = debounceTask(async (reasons) => {
      active++
      maxActive = Math.max(maxActive, active)
      runs.push(reasons)
      await sleep(120)
      active--
    }, 20)
    task.schedule('first')
    await sleep(60) // the first build is running now
    task.schedule('second')
    await task.whenIdle()
    expect(runs).toEqual([['first'], ['second']])
    expect(maxActive).toBe(1)
  })

  it('survives a failing task and keeps going', async () => {
    let n = 0
    const task = debounceTask(async () => {
      n++
      throw new Error('boom')
    }, 10)
    task.schedule('x')
    await task.whenIdle()
    task.schedule('y')
    await task.whenIdle()
    expect(n).toBe(2)
  })
})

describe('local build command', () => {
  it('reports success with the end of the output', async () => {
    const result = await runBuildCommand([process.execPath, '-e', 'console.log("built 18 pages")'], process.cwd(), 10_000)
    expect(result).toEqual({ ok: true, message: 'built 18 pages' })
  })

  it('reports a failure with exit status and output', async () => {
    const result = await runBuildCommand([process.execPath, '-e', 'console.error("no such table: companies"); process.exit(3)'], process.cwd(), 10_000)
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/exited with 3/)
    expect(result.message).toMatch(/no such table: companies/)
    expect(result.message).toMatch(/previous site stays online/)
  })

  it('stops a build that hangs', async () => {
    const result = await runBuildCommand([process.execPath, '-e', 'setTimeout(() => {}, 60000)'], process.cwd(), 300)
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/stopped after/)
  })
})
