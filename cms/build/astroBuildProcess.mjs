/**
 * `astro build` in a Node process of its own, started by buildSite.ts without tsx. Under tsx's
 * module hooks every page's dynamic import() is resolved by a synchronous round trip to tsx's
 * loader thread (npm run bench, size M: ~0.7 ms of each page); Vite compiles the site's
 * TypeScript itself, so the hooks are not needed here. Plain JavaScript so plain Node runs it.
 * Usage (IPC channel required): node astroBuildProcess.mjs ROOT OUT_DIR LOG_LEVEL
 */
import { build } from 'astro'
import { linkPageCache } from './linkedPageCache.mjs'

const [root, outDir, logLevel] = process.argv.slice(2)
// The parent gone (killed on a rebuild's timeout, Ctrl-C): stop, don't build on as an orphan.
const orphaned = () => process.exit(1)
process.on('disconnect', orphaned)
await linkPageCache()
try {
  await build({ root, outDir, logLevel })
  process.exitCode = 0
} catch (error) {
  // The parent reports the message once, as its own error; Astro has logged the details.
  process.send?.({ error: error instanceof Error ? error.message : String(error) })
  process.exitCode = 1
}
process.off('disconnect', orphaned)
process.disconnect?.()
