import { describe, expect, it } from 'vitest'
import { astroPhases, durationSeconds } from '../../bench/astroPhases'

// Lines as `astro build` logs them (Astro 7, info level); colours as under CI=true.
const log = `17:07:19 [types] Generated 21.88s
17:07:19 [build] output: "static"
17:07:19 [build] Collecting build info...
17:07:19 [build] \x1b[32m✓ Completed in 21.95s.\x1b[39m
17:07:19 [build] Building static entrypoints...
17:07:22 [vite] ✓ built in 2.92s
17:07:22 [vite] ✓ built in 175ms
17:07:22 [build] Rearranging server assets...
 generating static routes
17:08:40 ✓ Completed in 1m 20s.
17:08:49 [build] ✓ Completed in 1m 30s.
17:08:49 [build] 40035 page(s) built in 1m 52s
`

describe('astroPhases (bench)', () => {
  it('reads durations as Astro prints them', () => {
    expect(durationSeconds('788ms')).toBeCloseTo(0.788)
    expect(durationSeconds('21.95s')).toBeCloseTo(21.95)
    expect(durationSeconds('1m 30s')).toBe(90)
    expect(durationSeconds('2m')).toBe(120)
    expect(durationSeconds('soon')).toBeNull()
  })

  it('splits a build log into setup, Vite and rendering', () => {
    const phases = astroPhases(log)
    expect(phases.setupSeconds).toBeCloseTo(21.95)
    expect(phases.viteSeconds).toBeCloseTo(3.095)
    expect(phases.renderSeconds).toBe(90)
  })

  it('says null for what a quiet log does not show', () => {
    expect(astroPhases('17:08:49 [WARN] something')).toEqual({
      setupSeconds: null,
      viteSeconds: null,
      renderSeconds: null,
    })
  })
})
