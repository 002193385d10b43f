import { describe, expect, it } from 'vitest'
import { eachConcurrently } from '../../cms/build/eachConcurrently'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('eachConcurrently', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0
    let most = 0
    const done: number[] = []
    await eachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running)
      await tick()
      done.push(n)
      running--
    })
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })

  it('throws the first failure after the running items settled, and starts no new ones', async () => {
    const started: number[] = []
    const settled: number[] = []
    const run = eachConcurrently([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n)
      await tick()
      if (n === 2) throw new Error(`item ${n} failed`)
      await tick()
      settled.push(n)
    })
    await expect(run).rejects.toThrow('item 2 failed')
    expect(settled).toEqual(started.filter((n) => n !== 2))
    expect(started.length).toBeLessThan(6)
  })
})
