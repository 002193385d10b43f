import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The floor: a plain Astro project with one page per HTML page of our build, each printing that
 * same HTML — no CMS, no loader, no components. Our build time is compared to its `astro build`.
 */
export async function writeFloorProject(
  dir: string,
  siteDir: string,
  pages: string[],
): Promise<void> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true })
  await writeFile(path.join(dir, 'pages.json'), JSON.stringify(pages))
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config'\nexport default defineConfig({ outDir: './dist', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } })\n`,
  )
  await writeFile(
    path.join(dir, 'src/pages/[...path].astro'),
    `---
import { readFileSync } from 'node:fs'
import path from 'node:path'
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(${JSON.stringify(path.join(dir, 'pages.json'))}, 'utf8'))
  return pages.map((p) => ({ params: { path: p.replace(/\\/?index\\.html$/, '') || undefined }, props: { file: path.join(${JSON.stringify(siteDir)}, p) } }))
}
const html = readFileSync(Astro.props.file, 'utf8')
---
<Fragment set:html={html} />
`,
  )
}
