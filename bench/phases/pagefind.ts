/** Benchmark phase (child process): Pagefind over a built site, with the site's own settings. */
import { buildSearchIndex } from '../../cms/build/searchIndex'

const started = performance.now()
const { pages } = await buildSearchIndex(process.argv[2]!)
process.stdout.write(
  `${JSON.stringify({ seconds: (performance.now() - started) / 1000, pages })}\n`,
)
process.exit(0)
