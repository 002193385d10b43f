import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import { parse } from 'node-html-parser'
import { describe, expect, inject, it } from 'vitest'
import { parseTom } from '../../cms/domain/parser/index'
import { readCompanyContent } from '../../cms/seed/readContent'

/** The site built from the seeded database (global-setup.ts): every seed measure is on its page. */
const { dist, dataDir, setupLog, buildLog } = inject('e2e')
const root = path.resolve(import.meta.dirname, '../..')
const contentDir = path.join(root, 'content')
const companies = await readCompanyContent(contentDir)
const html = (route: string) => parse(readFileSync(path.join(dist, route, 'index.html'), 'utf8'))
const norm = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('npm run setup', () => {
  it('migrated, seeded and created a demo login with a generated password', () => {
    expect(setupLog).toMatch(/Seeded 6 companies, 8 TOM versions, 3 subprocessors/)
    const login = JSON.parse(readFileSync(path.join(dataDir, 'demo-login.json'), 'utf8'))
    expect(setupLog).toContain(`Demo login: ${login.email} / ${login.password}`)
    expect(login.password).toMatch(/^[\w-]{16}$/)
  })
})

describe('the built site', () => {
  it('lists the five companies on /', () => {
    const names = html('')
      .querySelectorAll('.card h2 a')
      .map((a) => a.text)
    expect(names.sort()).toEqual(companies.map((c) => c.company.name).sort())
  })

  for (const { company } of companies) {
    it(`${company.name}: every measure of the current document is on /${company.slug}/toms/ with a permanent anchor`, () => {
      const doc = parseTom(
        readFileSync(path.join(contentDir, company.toms.at(-1)!.file), 'utf8'),
      ).document
      const page = html(`${company.slug}/toms`)
      const items = page.querySelectorAll('ul.measures > li, table.measures tbody tr')
      const shown = items.map((el) => norm(el.text))
      const measures = doc.sections.flatMap((s) =>
        s.controls.flatMap((c) => [...c.measures, ...c.groups.flatMap((g) => g.measures)]),
      )
      expect(items).toHaveLength(measures.length)
      measures.forEach((m, i) => {
        expect(shown[i]).toContain(norm(m.text))
        if (m.detail) expect(shown[i]).toContain(norm(m.detail))
        const id = items[i]!.getAttribute('id')
        expect(id).toMatch(/^m-[0-9a-f]{8}(-\d+)?$/)
        expect(items[i]!.querySelector(`a[href="#${id}"]`)).not.toBeNull()
      })
      expect(new Set(items.map((el) => el.getAttribute('id'))).size).toBe(items.length)
    })

    it(`${company.name}: has a version page, an overview and category labels`, () => {
      const version = readdirSync(path.join(dist, company.slug, 'toms'))
        .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
        .sort()
        .at(-1)!
      const page = html(`${company.slug}/toms/${version}`)
      expect(page.querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(true)
      expect(page.querySelectorAll('nav.toc a').length).toBeGreaterThan(3)
      expect(page.querySelectorAll('.badge').length).toBeGreaterThan(3)
      expect(
        html(`${company.slug}/toms`).querySelector('main')!.hasAttribute('data-pagefind-body'),
      ).toBe(false) // alias of the version page
      // indexed once, in the document's own language: the English twin shows the same German text
      expect(
        html(`en/${company.slug}/toms/${version}`)
          .querySelector('main')!
          .hasAttribute('data-pagefind-body'),
      ).toBe(company.locale === 'en')
      expect(norm(html(company.slug).querySelector('h1')!.text)).toBe(company.name)
    })
  }

  it('shows subprocessors in use and announced changes with their deadline on the overview', () => {
    const page = html('beispiel-cloud')
    expect(
      page
        .querySelectorAll('section[aria-labelledby=subs] table tbody th')
        .map((th) => th.childNodes[0]!.text.trim()),
    ).toEqual(['Beispiel Hosting AG'])
    const upcoming = page.querySelector(
      'section[aria-labelledby=subs] #upcoming',
    )!.nextElementSibling!
    expect(norm(upcoming.text)).toMatch(
      /Neu: Beispiel Mail Inc\..*Einspruch bis.*Wirksam ab ?1\. März 2027/,
    )
    expect(page.querySelector('a[href="/beispiel-cloud/subprocessors/feed.xml"]')).not.toBeNull()
  })

  it('shows the logo from content/ on the overview, optimised by astro:assets (WebP, 1x and 2x)', () => {
    for (const route of ['beispiel-cloud', 'en/beispiel-cloud']) {
      const img = html(route).querySelector('.company-hero img.logo')!
      expect(img.getAttribute('alt')).toBe('Logo der Beispiel Cloud GmbH (fiktiv)')
      expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['128', '64'])
      const files = img
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(' ')[0]!)
      expect(files).toHaveLength(2)
      const original = statSync(path.join(contentDir, 'logos/beispiel-cloud.png')).size
      for (const file of files) {
        expect(file).toMatch(/^\/_astro\/.+\.webp$/)
        expect(statSync(path.join(dist, file)).size).toBeLessThan(original)
      }
    }
    // Companies without a logo get none (no broken image).
    expect(html('mpmx').querySelector('.company-hero img')).toBeNull()
  })

  it("compares the companies' current TOMs by Art. 32 category, showing what each lacks", () => {
    const page = html('compare')
    const head = page.querySelectorAll('table.coverage thead th').map((th) => norm(th.text))
    expect(head).toHaveLength(1 + companies.length)
    const row = (label: string) =>
      page
        .querySelectorAll('table.coverage tbody tr')
        .find((tr) => norm(tr.querySelector('th')!.text) === label)!
    const mailjet = head.indexOf('Mailjet')
    expect(row('Zutrittskontrolle').querySelectorAll('td')[mailjet - 1]!.text).toBe('12')
    expect(row('Verschlüsselung').querySelectorAll('td')[mailjet - 1]!.text).toBe('—')
    expect(norm(html('mailjet').querySelector('.lacking')!.text)).toBe(
      'Keine Maßnahmen ausdrücklich genannt für: Verschlüsselung, Belastbarkeit, Datenschutz-Management, Incident-Response-Management, Datenschutzfreundliche Voreinstellungen.',
    )
  })

  it("prints the version's permanent URL with the document", () => {
    expect(norm(html('mpmx/toms/2026-06-01').querySelector('.print-only')!.text)).toBe(
      'http://localhost:4321/mpmx/toms/2026-06-01/',
    )
  })

  it('shows IONOS SE as the subprocessor of 7pxl.de', () => {
    const table = html('7pxl').querySelector('#subs')!.parentNode!.parentNode!
    expect(norm(table.text)).toContain('IONOS SE')
    expect(norm(table.text)).toContain('Deutschland')
  })

  it('warns that feeds and links point to localhost while no public address is configured', () => {
    expect(buildLog).toContain('Warning: TRUSTCENTER_SITE_URL is not set')
  })

  it('warns while the imprint shows a placeholder (no operator configured), and the imprint says so', () => {
    expect(buildLog).toContain('Warning: the imprint (/about/imprint/) shows a placeholder')
    expect(readFileSync(path.join(dist, 'about/imprint/index.html'), 'utf8')).toContain(
      'TRUSTCENTER_OPERATOR_NAME',
    )
  })

  it("sets a company's brand colours (from content/) on its pages, with a derived dark one that reaches AA", async () => {
    const { schemeContrast } = await import('../../cms/domain/contrast')
    for (const route of [
      'beispiel-cloud',
      'en/beispiel-cloud/subprocessors',
      'beispiel-cloud/toms',
    ]) {
      const [, light, dark] = readFileSync(path.join(dist, route, 'index.html'), 'utf8').match(
        /<style>:root\{--brand:(#[0-9a-f]{6});--brand-dark:(#[0-9a-f]{6})\}<\/style>/,
      )!
      expect(light).toBe('#0f6e56')
      expect(schemeContrast(dark!, 'dark')).toBeGreaterThanOrEqual(4.5)
    }
    expect(readFileSync(path.join(dist, '7pxl/index.html'), 'utf8')).not.toContain('--brand:')
  })

  it('ships a favicon set (SVG, ICO, apple-touch) that every page links', () => {
    expect(readFileSync(path.join(dist, 'favicon.ico')).readUInt16LE(2)).toBe(1) // an ICO header
    expect(readFileSync(path.join(dist, 'favicon.svg'), 'utf8')).toContain('<svg')
    expect(readFileSync(path.join(dist, 'apple-touch-icon.png')).subarray(1, 4).toString()).toBe(
      'PNG',
    )
    for (const route of ['', 'en/mpmx/toms', 'search', 'about/imprint']) {
      const head = readFileSync(path.join(dist, route, 'index.html'), 'utf8')
      for (const link of ['href="/favicon.ico"', 'href="/favicon.svg"', 'rel="apple-touch-icon"'])
        expect(head, `${route}: ${link}`).toContain(link)
    }
  })

  it('shows no internal file names on public pages (the document title and date say which it is)', () => {
    const named: string[] = []
    for (const file of readdirSync(dist, { recursive: true }) as string[]) {
      if (!file.endsWith('.html')) continue
      const page = readFileSync(path.join(dist, file), 'utf8')
      if (
        /\d{2,3}_[0-9a-f]{16}\.txt|\b\d{2}_[a-z]+\.md\b|revision of|Quelldokument|Source document/.test(
          page,
        )
      )
        named.push(file)
    }
    expect(named).toEqual([])
  })

  it('has a style page in each language, kept out of the search index', () => {
    for (const route of ['about/design', 'en/about/design']) {
      const page = readFileSync(path.join(dist, route, 'index.html'), 'utf8')
      expect(page).toContain('class="swatches"')
      expect(page).not.toContain('data-pagefind-body')
    }
  })

  it('was built without warnings from Astro or its bundler', () => {
    expect(buildLog).toContain('Complete!')
    expect(buildLog.split('\n').filter((line) => /\[WARN\]/.test(line))).toEqual([])
  })

  it('indexes for search once Astro has finished, so the two never hold memory at the same time', () => {
    const astroDone = buildLog.indexOf('[build] Complete!')
    expect(astroDone).toBeGreaterThan(-1)
    expect(buildLog.slice(astroDone)).toMatch(
      /\nSearch index: \d+ pages \(de \d+, en \d+\) in \d+ ms\n/,
    )
  })

  it("builds again from an unchanged content store although another site's build left its image list in .astro/", () => {
    // What a benchmark or a test build with its own database and cache folder leaves behind.
    writeFileSync(path.join(root, '.astro/content-assets.mjs'), 'export default new Map();')
    const again = mkdtempSync(path.join(os.tmpdir(), 'trust-center-dist-'))
    try {
      const result = spawnSync('npm', ['run', '-s', 'build'], {
        cwd: root,
        env: {
          ...process.env,
          TRUSTCENTER_DATA_DIR: dataDir,
          TRUSTCENTER_DIST: again,
          DATABASE_URI: '',
          PAYLOAD_SECRET: 'e2e-secret',
          PAYLOAD_LOG_LEVEL: 'warn',
          TRUSTCENTER_SEARCH: 'off',
          TRUSTCENTER_BUILD_QUIET: '1',
        },
        encoding: 'utf8',
        timeout: 300_000,
      })
      expect(result.stderr).not.toMatch(/Build failed/)
      expect(result.status).toBe(0)
      expect(readFileSync(path.join(again, 'beispiel-cloud/index.html'), 'utf8')).toMatch(
        /<img(?=[^>]*class="logo")(?=[^>]*\.webp)[^>]*>/,
      )
    } finally {
      rmSync(again, { recursive: true, force: true })
    }
  })

  it('rebuilds over a site with a search index: the new pages go live with the old index, then the new index is swapped in', () => {
    // The published site as a rebuild finds it: a copy of hard links (nothing in `dist` is written).
    const parent = mkdtempSync(path.join(os.tmpdir(), 'trust-center-live-'))
    const live = path.join(parent, 'site')
    try {
      expect(spawnSync('cp', ['-al', dist, live]).status).toBe(0)
      const result = spawnSync('npm', ['run', '-s', 'build'], {
        cwd: root,
        env: {
          ...process.env,
          TRUSTCENTER_DATA_DIR: dataDir,
          TRUSTCENTER_DIST: live,
          DATABASE_URI: '',
          PAYLOAD_SECRET: 'e2e-secret',
          PAYLOAD_LOG_LEVEL: 'warn',
          TRUSTCENTER_SEARCH: 'on',
        },
        encoding: 'utf8',
        timeout: 300_000,
      })
      expect(result.status, result.stderr).toBe(0)
      const steps = /Build steps: (.*)/.exec(result.stdout)?.[1] ?? ''
      expect(steps).toMatch(/pages live \d+ ms, search index \d+ ms$/)
      expect(result.stdout).toMatch(/Search index: \d+ pages \(de \d+, en \d+\)/)
      for (const [page, bundle] of [
        ['search', 'pagefind'],
        ['en/search', 'en/pagefind'],
      ] as const) {
        // A new index, written after the swap — not the old one's files carried over.
        const entry = (site: string) => statSync(path.join(site, bundle, 'pagefind-entry.json'))
        expect(entry(live).ino).not.toBe(entry(dist).ino)
        const preloads = [
          ...readFileSync(path.join(live, page, 'index.html'), 'utf8').matchAll(
            /<link rel="preload" as="fetch" crossorigin href="\/([^"?]+)/g,
          ),
        ].map(([, file]) => file!)
        expect(preloads).toHaveLength(3)
        for (const file of preloads) expect(existsSync(path.join(live, file)), file).toBe(true)
      }
      expect(readFileSync(path.join(live, '_headers'), 'utf8')).toBe(
        readFileSync(path.join(dist, '_headers'), 'utf8'),
      )
      expect(readdirSync(parent).filter((name) => !name.startsWith('site-previous-'))).toEqual([
        'site',
      ])
    } finally {
      rmSync(parent, { recursive: true, force: true })
    }
  })

  it('has a search page and a Pagefind index per language, which that page loads', () => {
    for (const [page, bundle] of [
      ['search', 'pagefind'],
      ['en/search', 'en/pagefind'],
    ] as const) {
      expect(existsSync(path.join(dist, bundle, 'pagefind.js'))).toBe(true)
      expect(readdirSync(path.join(dist, bundle, 'fragment')).length).toBeGreaterThanOrEqual(5)
      expect(readFileSync(path.join(dist, page, 'index.html'), 'utf8')).toContain(
        `data-bundle="/${bundle}/"`,
      )
    }
  })

  it('indexes exactly the pages that opt in with data-pagefind-body, in their language', () => {
    const optedIn = { de: 0, en: 0 } as Record<string, number>
    for (const file of readdirSync(dist, { recursive: true }) as string[]) {
      if (!file.endsWith('.html')) continue
      const page = readFileSync(path.join(dist, file), 'utf8')
      if (/<main[^>]*\bdata-pagefind-body/.test(page))
        optedIn[/<html lang="(\w+)"/.exec(page)![1]!]! += 1
    }
    // Each language's index holds exactly its language's pages, and only them.
    const indexed = (bundle: string) => {
      const entry = JSON.parse(
        readFileSync(path.join(dist, bundle, 'pagefind-entry.json'), 'utf8'),
      ) as { languages: Record<string, { page_count: number }> }
      return Object.fromEntries(
        Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]),
      )
    }
    expect(optedIn.de).toBeGreaterThan(0)
    expect(optedIn.en).toBeGreaterThan(0)
    expect(indexed('pagefind')).toEqual({ de: optedIn.de })
    expect(indexed('en/pagefind')).toEqual({ en: optedIn.en })
  })

  it('contains no client JavaScript except for search', () => {
    const scripts = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = path.join(dir, f)
        if (statSync(p).isDirectory()) return f === 'pagefind' ? [] : scripts(p)
        return f.endsWith('.html') && readFileSync(p, 'utf8').includes('<script')
          ? [path.relative(dist, p)]
          : []
      })
    // search; the compare page's diff; the 404 page forwarding former comparison addresses; the subscribe form's enhancement on company and subprocessor pages
    const allowed = (f: string) =>
      f === '404.html' ||
      /^(en\/)?(search|compare)\/index\.html$/.test(f) ||
      /^(en\/)?[\w-]+\/(toms\/compare\/|subprocessors\/)?index\.html$/.test(f)
    expect(scripts(dist).filter((f) => !allowed(f))).toEqual([])
    expect(scripts(dist)).toContain('search/index.html')
    expect(scripts(dist)).toContain('beispiel-cloud/toms/compare/index.html')
  })
})

describe('npm run build on a database it cannot use', () => {
  const build = (env: Record<string, string>) =>
    spawnSync('npm', ['run', '-s', 'build'], {
      cwd: root,
      env: { ...process.env, PAYLOAD_SECRET: 'x', TRUSTCENTER_DIST: dist, ...env },
      encoding: 'utf8',
      timeout: 300_000,
    })
  const before = () => readFileSync(path.join(dist, 'index.html'), 'utf8')

  it('fails on a missing database, says to run setup, and leaves dist/ as it was', () => {
    const page = before()
    const result = build({ DATABASE_URI: `file:${path.join(dataDir, 'missing.db')}` })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/No database at .*missing\.db/)
    expect(result.stderr).toMatch(/npm run setup/)
    expect(before()).toBe(page)
  })

  it('fails on an unmigrated database', () => {
    const empty = path.join(dataDir, 'empty.db')
    spawnSync(process.execPath, [
      '-e',
      `require('node:sqlite'); new (require('node:sqlite').DatabaseSync)(${JSON.stringify(empty)}).exec('create table t(x)')`,
    ])
    const result = build({ DATABASE_URI: `file:${empty}` })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/no schema yet \(unmigrated\)/)
    expect(result.stderr).toMatch(/npm run setup/)
  })

  it('fails on a corrupt database', () => {
    const corrupt = path.join(dataDir, 'corrupt.db')
    writeFileSync(corrupt, Buffer.alloc(4096, 7))
    const result = build({ DATABASE_URI: `file:${corrupt}` })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/not an SQLite database/)
  })
})

describe('a build whose process is killed', () => {
  /** Linux: the processes whose parent is `pid` (from /proc/<pid>/stat, field 4 after the name). */
  const childrenOf = (pid: number) =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return (
            Number(
              readFileSync(`/proc/${d}/stat`, 'utf8')
                .replace(/^.*\) /s, '')
                .split(' ')[1],
            ) === pid
          )
        } catch {
          return false // gone meanwhile
        }
      })
      .map(Number)
  /** Running (not gone, not a zombie); a process that ends between the two reads counts as gone. */
  const alive = (pid: number) => {
    try {
      return !/^\S+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
    } catch {
      return false
    }
  }
  const until = async (condition: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; !condition() && Date.now() < end;)
      await new Promise((resolve) => setTimeout(resolve, 100))
    return condition()
  }

  it('takes its astro build process with it: no orphan builds on, dist/ stays as it was', async () => {
    const page = readFileSync(path.join(dist, 'index.html'), 'utf8')
    const cache = mkdtempSync(path.join(os.tmpdir(), 'killed-build-'))
    const env = {
      ...process.env,
      TRUSTCENTER_DATA_DIR: dataDir,
      DATABASE_URI: '',
      PAYLOAD_SECRET: 'e2e-secret',
      TRUSTCENTER_DIST: dist,
      TRUSTCENTER_CACHE_DIR: cache,
    }
    const parent = spawn(process.execPath, ['--import', 'tsx', 'cms/scripts/build-site.ts'], {
      cwd: root,
      env,
      stdio: 'ignore',
    })
    try {
      let builder: number | undefined
      expect(await until(() => (builder = childrenOf(parent.pid!)[0]) !== undefined, 60_000)).toBe(
        true,
      )
      parent.kill('SIGKILL')
      // Gone at once, not when its build is done (that takes several seconds even for the seed site).
      expect(await until(() => !alive(builder!), 3_000)).toBe(true)
      expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(page)
    } finally {
      parent.kill('SIGKILL')
      rmSync(cache, { recursive: true, force: true })
      for (const f of readdirSync(path.dirname(dist)))
        if (
          f.startsWith(`${path.basename(dist)}-staging`) ||
          f.startsWith(`${path.basename(dist)}.build-lock`)
        )
          rmSync(path.join(path.dirname(dist), f), { recursive: true, force: true })
    }
  }, 120_000)
})
