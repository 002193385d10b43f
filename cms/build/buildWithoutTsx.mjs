/**
 * `node cms/build/buildWithoutTsx.mjs`: the site's build (cms/scripts/build-site.ts) in plain
 * Node, for the rebuild the CMS starts after each publication. Under tsx the build's first
 * process spent 1.6 s of CPU before building (tsx, esbuild's service, compiling its imports; 0.5 s
 * and more of wall time from publish to live). Here esbuild bundles build-site.ts once into
 * node_modules/.cache/ — again only when one of its sources changed since — and Node runs the
 * bundle. Packages from node_modules stay imports; the workspace's own TypeScript is bundled.
 * Plain JavaScript so plain Node runs it.
 *
 * As a standby (TRUSTCENTER_BUILD_STANDBY=1, started by the CMS ahead of the next rebuild: the
 * plugin's rebuild/standby.ts) it starts Astro's process, then waits for one line on stdin — the
 * variables to add to its environment — and builds; its stdin closing first ends it (standby.mjs).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { startAstroProcessAhead } from './astroProcess.mjs'
import { waitForTheGo } from './standby.mjs'

const here = import.meta.dirname
const root = path.resolve(here, '../..')
const standby = process.env.TRUSTCENTER_BUILD_STANDBY === '1'
delete process.env.TRUSTCENTER_BUILD_STANDBY // not for Astro's process
// Astro's process first: it imports Astro while this one gets ready (astroProcess.mjs).
startAstroProcessAhead(root)
if (standby) await waitForTheGo(root)
const entry = path.join(root, 'cms/scripts/build-site.ts')
// Named after the project's folder: the bundle holds its absolute paths.
const key = createHash('sha256').update(root).digest('hex').slice(0, 12)
const bundle = path.join(root, 'node_modules/.cache/trust-center', `build-site-${key}.mjs`)
const inputsFile = `${bundle}.inputs.json`

/** Whether the bundle is missing or older than any file it was made from. */
async function isStale() {
  try {
    const built = (await stat(bundle)).mtimeMs
    const inputs = JSON.parse(await readFile(inputsFile, 'utf8'))
    const times = await Promise.all(inputs.map(async (file) => (await stat(file)).mtimeMs))
    return times.some((time) => time > built)
  } catch {
    return true // no bundle yet, or an input is gone
  }
}

async function makeBundle() {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'warning',
    // astroBuild.ts finds the Astro process's script beside itself.
    define: { 'import.meta.dirname': JSON.stringify(path.join(root, 'cms/build')) },
    plugins: [
      {
        name: 'node-modules-stay-imports',
        setup(b) {
          // Bare imports are packages, except the workspace's own (TypeScript source).
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@trust-center/')
              ? undefined
              : { path: args.path, external: true },
          )
        },
      },
    ],
  })
  const inputs = Object.keys(result.metafile.inputs).map((file) => path.resolve(root, file))
  await mkdir(path.dirname(bundle), { recursive: true })
  // Written aside, then renamed: two builds starting at once never run half a file.
  const tmp = `${bundle}.${process.pid}.tmp`
  await writeFile(tmp, result.outputFiles[0].contents)
  await writeFile(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs))
  await rename(`${inputsFile}.${process.pid}.tmp`, inputsFile)
  await rename(tmp, bundle)
}

if (await isStale()) await makeBundle()
await import(pathToFileURL(bundle).href)
