/**
 * `npm run bench -- --size S|M|L [--out FILE]`: generates a synthetic trust center (S ≈ 10,
 * M ≈ 100, L ≈ 1,000 companies with 5 TOM versions and 20 subprocessors with history each),
 * seeds a fresh SQLite database, builds the site, indexes it with Pagefind, builds the "floor"
 * (a plain Astro site with the same pages) and prints the figures. Not part of `npm test`.
 * Each phase runs in its own process so its time and peak memory (process tree) are its own.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { searchBundlePath } from '@trust-center/core/searchBundles'
import { type AstroPhases, astroPhases } from './astroPhases'
import { writeFloorProject } from './floor'
import { adminBuildIsStale } from '../cms/serve/adminBuild'
import {
  DEEP_HISTORY,
  generateContent,
  revise,
  SIZES,
  type Size,
  SUBPROCESSORS_PER_COMPANY,
  VERSIONS_PER_COMPANY,
} from './generate'
import { companyPages, filesUnder, htmlSizes, sizeOf } from './measure'
import { freePort, publishToLive } from './publishToLive'
import { timeToFirstResult } from './searchTime'
import { emptyTrash, moveToTrash } from './trash'
import { watchPeakRss } from './treeRss'

const root = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    out: { type: 'string' },
    'reuse-seed': { type: 'boolean' },
    'no-deep-history': { type: 'boolean' },
  },
})
const size = values.size!.toUpperCase() as Size
if (!(size in SIZES)) {
  process.stderr.write('usage: npm run bench -- --size S|M|L [--out FILE]\n')
  process.exit(2)
}
const companies = SIZES[size]
const work = path.join(root, '.bench', size)
const trash = path.join(root, '.bench', '.trash') // see trash.ts: emptied after the last phase
const env = {
  ...process.env,
  DATABASE_URI: `file:${path.join(work, 'bench.db')}`,
  PAYLOAD_SECRET: 'bench',
  TRUSTCENTER_DATA_DIR: work,
  TRUSTCENTER_REBUILD: 'off',
  TRUSTCENTER_JOBS_AUTORUN: 'off',
  TRUSTCENTER_SEARCH: 'off',
  TRUSTCENTER_CACHE_DIR: path.join(work, 'astro-cache'),
  PAYLOAD_LOG_LEVEL: 'warn',
  // Fixed for the whole run: the addresses are part of Astro's config and the pages' cache keys,
  // and the CMS started for publish → live serves on them.
  TRUSTCENTER_SITE_URL: `http://127.0.0.1:${await freePort()}`,
  TRUSTCENTER_CMS_URL: `http://127.0.0.1:${await freePort()}`,
}
const log = (line: string) => process.stderr.write(`${line}\n`)

/** Runs a phase script with tsx; returns its last stdout line as JSON, wall time and peak tree RSS. */
async function phase<T>(
  name: string,
  script: string,
  args: string[],
  phaseEnv: NodeJS.ProcessEnv = env,
): Promise<T & { wallSeconds: number; peakRssBytes: number; output: string }> {
  log(`▸ ${name}…`)
  const started = performance.now()
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'phases', script), ...args],
    { cwd: root, env: phaseEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const stopRss = watchPeakRss(child.pid!)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => {
    stderr += d
    if (/^\s+seeded/m.test(String(d))) process.stderr.write(String(d))
  })
  const [code] = await once(child, 'exit')
  const peakRssBytes = stopRss()
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${stderr.slice(-3000)}`)
  const last = stdout.trim().split('\n').pop()!
  const wallSeconds = (performance.now() - started) / 1000
  log(`  ${name}: ${wallSeconds.toFixed(1)} s, peak RSS ${(peakRssBytes / 2 ** 20).toFixed(0)} MiB`)
  return { ...(JSON.parse(last) as T), wallSeconds, peakRssBytes, output: stdout + stderr }
}

/** Seconds to the first search result: typed on a loaded search page, and opening /search/?q=…. */
type SeedFigures = {
  seedSeconds: number
  historySeconds: number
  historyChanges: number
  peakRssBytes: number
}
const seedFile = path.join(work, 'seed.json')
const contentDir = path.join(work, 'content')
log(
  `Benchmark ${size}: ${companies} companies × ${VERSIONS_PER_COMPANY} TOM versions, ${SUBPROCESSORS_PER_COMPANY} subprocessors each (in ${work})`,
)
let seed: SeedFigures
if (values['reuse-seed']) {
  // Re-measure the build on the database of an earlier run (seeding L takes minutes).
  seed = JSON.parse(readFileSync(seedFile, 'utf8')) as SeedFigures
  await moveToTrash(trash, ...['dist', 'floor', 'astro-cache'].map((dir) => path.join(work, dir)))
  log(`  reusing the seeded database and its figures (${seedFile})`)
} else {
  await moveToTrash(trash, work)
  await mkdir(work, { recursive: true })
  await generateContent(contentDir, companies, path.join(root, 'content/seeds'))
  const seeded = await phase<SeedFigures>('seed', 'seed.ts', [contentDir])
  seed = {
    seedSeconds: seeded.seedSeconds,
    historySeconds: seeded.historySeconds,
    historyChanges: seeded.historyChanges,
    peakRssBytes: seeded.peakRssBytes,
  }
  await writeFile(seedFile, JSON.stringify(seed))
}
const dist = path.join(work, 'dist')
const build = await phase<{ seconds: number }>(
  'astro build (with the Payload loader, no search index)',
  'build.ts',
  [root, dist],
)
const htmlPages = (await filesUnder(dist)).filter((f) => f.endsWith('.html'))
const search = await phase<{ seconds: number; pages: number }>('Pagefind', 'pagefind.ts', [dist])
const distBytes = await sizeOf(dist)
// One index per language, where the site keeps it.
let indexBytes = 0
for (const language of ['de', 'en'])
  indexBytes += await sizeOf(path.join(dist, searchBundlePath(language)))
const gz = await htmlSizes(dist, htmlPages)
let indexedPages = 0
for (const p of htmlPages)
  if ((await readFile(path.join(dist, p), 'utf8')).includes('data-pagefind-body')) indexedPages++

const floorDir = path.join(work, 'floor')
await writeFloorProject(floorDir, dist, htmlPages)
const floor = await phase<{ seconds: number }>(
  'floor: plain astro build of the same pages',
  'floor.ts',
  [floorDir],
)

const diff = await phase<{
  diffMs: number
  diffMeasures: number[]
  largeDiffMs: number
  largeDiffMeasures: number[]
}>('diff of two versions', 'diff.ts', [])

log('▸ search in Chromium…')
const searchTimes = await timeToFirstResult(dist, 'Zutrittskontrolle')
const firstResultSeconds = searchTimes.typing / 1000
log(
  `  search: first result ${searchTimes.typing.toFixed(0)} ms after typing, ${searchTimes.fromUrl.toFixed(0)} ms from /search/?q= (in-page; Node: ${searchTimes.typingNode.toFixed(0)} / ${searchTimes.fromUrlNode.toFixed(0)} ms)`,
)

const revision = revise(
  readFileSync(path.join(root, 'content/seeds/000_d0f3340e58d74642.txt'), 'utf8'),
  0,
  4,
).replace(
  '- Besucherregistrierungsverfahren',
  `- Besucherregistrierung mit Ausweis (Revision ${new Date().toISOString()})`,
) // new on every run, also with --reuse-seed
await phase('publish one new TOM version', 'revise.ts', [revision])
const rebuild = await phase<{ seconds: number }>(
  'rebuild after one changed TOM version',
  'build.ts',
  [root, dist],
)
const unchanged =
  /(\d+) tomVersions loaded from (?:Payload|the published snapshot) \((\d+) unchanged/.exec(
    rebuild.output,
  )
// Astro's incremental build logs each page it copied from its cache instead of rendering.
const reused = (rebuild.output.match(/\((?:restored|cached)\)/g) ?? []).length
// Pages of one company (both languages, with its versions' .json) per version it has.
const firstCompany = 'firma-0000'
const perCompany = await companyPages(dist, firstCompany)

// Publish → live through the CMS: needs the admin's production build (built once, not timed).
if (adminBuildIsStale(root))
  await phase('building the CMS admin (next build, once; not timed)', 'nextBuild.ts', [root])
const users = await phase<{
  editor: { email: string; password: string }
  legal: { email: string; password: string }
}>('users for publishing', 'users.ts', [])
log('▸ publish → live through the CMS…')
const live = await publishToLive({ root, dist, env, company: firstCompany, users, log })
log(`  publish → live: ${live.seconds.toFixed(1)} s (${firstCompany} ${live.version})`)

// The deep-history case: one company with many versions, seeded and built on its own database.
let deep: {
  pages: number
  companyPages: number
  buildSeconds: number
  seedSeconds: number
} | null = null
if (!values['no-deep-history']) {
  const deepWork = path.join(root, '.bench', 'deep-history')
  await moveToTrash(trash, deepWork)
  await mkdir(deepWork, { recursive: true })
  const deepEnv = {
    ...env,
    DATABASE_URI: `file:${path.join(deepWork, 'bench.db')}`,
    TRUSTCENTER_DATA_DIR: deepWork,
    TRUSTCENTER_CACHE_DIR: path.join(deepWork, 'astro-cache'),
  }
  await generateContent(
    path.join(deepWork, 'content'),
    DEEP_HISTORY.companies,
    path.join(root, 'content/seeds'),
    { versions: DEEP_HISTORY.versions, stepDays: DEEP_HISTORY.stepDays },
  )
  const deepSeed = await phase<{ seedSeconds: number }>(
    `deep history: seed ${DEEP_HISTORY.companies} company × ${DEEP_HISTORY.versions} versions`,
    'seed.ts',
    [path.join(deepWork, 'content')],
    deepEnv,
  )
  const deepDist = path.join(deepWork, 'dist')
  const deepBuild = await phase<{ seconds: number }>(
    'deep history: astro build',
    'build.ts',
    [root, deepDist],
    deepEnv,
  )
  const deepPages = (await filesUnder(deepDist)).filter((f) => f.endsWith('.html')).length
  deep = {
    pages: deepPages,
    companyPages: (await companyPages(deepDist, firstCompany)).pages,
    buildSeconds: deepBuild.seconds,
    seedSeconds: deepSeed.seedSeconds,
  }
}

const results = {
  size,
  companies,
  tomVersions: companies * VERSIONS_PER_COMPANY,
  subprocessors: companies * SUBPROCESSORS_PER_COMPANY,
  seedSeconds: seed.seedSeconds,
  historySeconds: seed.historySeconds,
  seedPeakRssBytes: seed.peakRssBytes,
  pages: htmlPages.length,
  buildSeconds: build.seconds,
  pagesPerSecond: htmlPages.length / build.seconds,
  buildPeakRssBytes: build.peakRssBytes,
  pagefindSeconds: search.seconds,
  pagefindPages: indexedPages,
  pagefindPeakRssBytes: search.peakRssBytes,
  searchableSeconds: build.seconds + search.seconds,
  distBytes,
  indexBytes,
  medianPageBytesGzip: gz.median,
  maxPageBytesGzip: gz.max,
  floorBuildSeconds: floor.seconds,
  ratio: build.seconds / floor.seconds,
  buildPhases: astroPhases(build.output),
  floorPhases: astroPhases(floor.output),
  peakRssBytes: Math.max(build.peakRssBytes, search.peakRssBytes),
  diffMs: diff.diffMs,
  diffMeasures: diff.diffMeasures,
  largeDiffMs: diff.largeDiffMs,
  largeDiffMeasures: diff.largeDiffMeasures,
  firstResultSeconds,
  /** The page's own clock: input event / navigation start → first result in the DOM. */
  searchTypingMs: searchTimes.typing,
  searchFromUrlMs: searchTimes.fromUrl,
  /** Node's clock: fill() / page.goto() → Playwright seeing the first result (adds its overhead). */
  searchTypingNodeMs: searchTimes.typingNode,
  searchFromUrlNodeMs: searchTimes.fromUrlNode,
  /** Pages of one company, both languages, its versions' .json included, per version it has. */
  pagesPerCompanyVersion: perCompany.pages / perCompany.versions,
  companyPagesPerLanguage: perCompany.perLanguage,
  publishToLiveSeconds: live.seconds,
  /** Publish → the CMS starting the rebuild job, → the job done (snapshot, build, search index, swap). */
  publishToBuildStartSeconds: live.buildStartedSeconds,
  publishToBuildEndSeconds: live.buildEndedSeconds,
  publishLoadAverage: live.loadAverage,
  deepHistoryVersions: deep ? DEEP_HISTORY.versions : null,
  /** The deep-history company's pages, both languages, .json included (the whole site: deepHistorySitePages). */
  deepHistoryPages: deep?.companyPages ?? null,
  deepHistorySitePages: deep?.pages ?? null,
  deepHistoryBuildSeconds: deep?.buildSeconds ?? null,
  deepHistorySeedSeconds: deep?.seedSeconds ?? null,
  rebuildSeconds: rebuild.seconds,
  rebuildUnchangedVersions: unchanged ? Number(unchanged[2]) : null,
  rebuildPagesReused: reused,
}

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`
const phasesText = (p: AstroPhases) =>
  [p.setupSeconds, p.viteSeconds, p.renderSeconds]
    .map((x) => (x === null ? 'n/a' : `${x.toFixed(1)} s`))
    .join(' / ')
const rows: Array<[string, string]> = [
  [
    'companies / TOM versions / subprocessors',
    `${results.companies} / ${results.tomVersions} / ${results.subprocessors}`,
  ],
  [
    'seed (content/ → SQLite)',
    results.seedSeconds == null
      ? `${(seed as { wallSecondsIncludingHistory?: number }).wallSecondsIncludingHistory} s including ${seed.historyChanges} subprocessor changes`
      : `${results.seedSeconds.toFixed(1)} s (+ ${results.historySeconds.toFixed(1)} s for ${seed.historyChanges} subprocessor changes)`,
  ],
  [
    'astro build (loader, no search)',
    `${results.buildSeconds.toFixed(1)} s, ${results.pages} pages, ${results.pagesPerSecond.toFixed(0)} pages/s, peak RSS ${mib(results.buildPeakRssBytes)}`,
  ],
  ['  setup and content sync / Vite / rendering', phasesText(results.buildPhases)],
  [
    'floor astro build (same pages)',
    `${results.floorBuildSeconds.toFixed(1)} s → ratio ${results.ratio.toFixed(2)}`,
  ],
  ['  setup / Vite / rendering', phasesText(results.floorPhases)],
  [
    'Pagefind',
    `${results.pagefindSeconds.toFixed(1)} s, ${results.pagefindPages} pages indexed, index ${mib(results.indexBytes)}, peak RSS ${mib(results.pagefindPeakRssBytes)}`,
  ],
  ['seeded database → searchable dist/', `${results.searchableSeconds.toFixed(1)} s`],
  [
    'dist/',
    `${mib(results.distBytes)}; HTML gzip median ${(results.medianPageBytesGzip / 1024).toFixed(1)} KiB, max ${(results.maxPageBytesGzip / 1024).toFixed(1)} KiB`,
  ],
  ['peak RSS (build, search)', mib(results.peakRssBytes)],
  [
    'diff of two versions',
    `${results.diffMs.toFixed(2)} ms (${results.diffMeasures.join(' → ')} measures); ${results.largeDiffMs.toFixed(2)} ms for ${results.largeDiffMeasures.join(' → ')}`,
  ],
  [
    'search: first result in Chromium',
    `${results.searchTypingMs.toFixed(0)} ms after typing, ${results.searchFromUrlMs.toFixed(0)} ms opening /search/?q= ("Zutrittskontrolle", in-page clock; Node's: ${results.searchTypingNodeMs.toFixed(0)} / ${results.searchFromUrlNodeMs.toFixed(0)} ms)`,
  ],
  [
    'pages per company and version',
    `${results.pagesPerCompanyVersion.toFixed(2)} (${firstCompany}: ${perCompany.perLanguage} per language with ${perCompany.versions} versions)`,
  ],
  [
    'publish → live through the CMS',
    `${results.publishToLiveSeconds.toFixed(1)} s (rebuild job started after ${live.buildStartedSeconds?.toFixed(1) ?? '?'} s, done after ${live.buildEndedSeconds?.toFixed(1) ?? '?'} s; load average ${live.loadAverage.toFixed(1)})`,
  ],
  [
    'deep history',
    deep
      ? `${DEEP_HISTORY.versions} versions: ${deep.companyPages} pages of the company (${deep.pages} HTML pages in all), build ${deep.buildSeconds.toFixed(1)} s, seed ${deep.seedSeconds.toFixed(1)} s`
      : 'skipped',
  ],
  [
    'rebuild after one changed version',
    `${results.rebuildSeconds.toFixed(1)} s${unchanged ? ` (${unchanged[2]} of ${unchanged[1]} versions unchanged, not re-parsed)` : ''}; ${reused} pages reused from the cache, not rendered`,
  ],
]
const width = Math.max(...rows.map(([k]) => k.length))
process.stdout.write(
  `\nTrust center benchmark, size ${size}\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`,
)
if (values.out) {
  await writeFile(path.resolve(values.out), `${JSON.stringify(results, null, 2)}\n`)
  log(`Figures written to ${values.out}`)
}
log('▸ removing the outputs of the earlier run…')
await emptyTrash(trash)
process.exit(0)
