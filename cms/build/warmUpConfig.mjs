/**
 * Loads the project's Astro config once before the job comes, only for the modules it imports.
 * astro.config.mjs imports TypeScript (cms/env.ts, site/englishRoutes.ts), so Node cannot import
 * it and Astro loads it through a Vite server of its own: the first time in a process that
 * imports Vite's server, the MDX integration and zod. Done here, while the process waits (started
 * ahead by a rebuild, or a standby), the build's own load of the config — fresh, with the job's
 * environment, so a changed config counts — finds them imported. Uses Astro's internal loader
 * (not an exported path); anything failing here only means the build loads them itself.
 */
import fs from 'node:fs'
import path from 'node:path'

/** @param {string} root */
export async function warmUpConfig(root) {
  const configPath = path.join(root, 'astro.config.mjs')
  if (!fs.existsSync(configPath)) return
  try {
    const { loadConfigWithVite } = await import(
      new URL('./core/config/vite-load.js', import.meta.resolve('astro')).href
    )
    await loadConfigWithVite({ configPath, fs, root })
  } catch {
    // warming up only
  }
}
