import { describe, expect, it } from 'vitest'
import { runBuildCommand } from '../../cms/plugin/rebuild/targets'

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
