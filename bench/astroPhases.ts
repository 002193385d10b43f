/**
 * Where an `astro build` spent its time, read from its info log: content sync and setup (the
 * first "[build] ✓ Completed in"), Vite's bundles ("[vite] ✓ built in", summed) and rendering
 * the pages (the "[build] ✓ Completed in" after "Rearranging server assets"). Null for a part
 * the log does not show (another Astro version, or a log level above info).
 */
export interface AstroPhases {
  setupSeconds: number | null
  viteSeconds: number | null
  renderSeconds: number | null
}

// Colours are on under CI=true.
const ANSI = /\x1b\[[0-9;]*m/g

/** "788ms", "21.95s", "1m 30s" → seconds. */
export function durationSeconds(text: string): number | null {
  const m = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)s)?$|^(\d+(?:\.\d+)?)ms$/.exec(text.trim())
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null
  return m[3] !== undefined ? Number(m[3]) / 1000 : Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)
}

export function astroPhases(log: string): AstroPhases {
  const lines = log.replace(ANSI, '').split('\n')
  const completed = (line: string) => /\[build\] ✓ Completed in (.+?)\.?\s*$/.exec(line)?.[1]
  let setupSeconds: number | null = null
  let renderSeconds: number | null = null
  let viteSeconds: number | null = null
  let rendering = false
  for (const line of lines) {
    const vite = /\[vite\] ✓ built in (\S+)/.exec(line)?.[1]
    if (vite) viteSeconds = (viteSeconds ?? 0) + (durationSeconds(vite) ?? 0)
    if (line.includes('Rearranging server assets')) rendering = true
    const done = completed(line)
    if (done === undefined) continue
    if (setupSeconds === null && !rendering) setupSeconds = durationSeconds(done)
    else if (rendering && renderSeconds === null) renderSeconds = durationSeconds(done)
  }
  return { setupSeconds, viteSeconds, renderSeconds }
}
