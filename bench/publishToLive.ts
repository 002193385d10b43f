import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createStaticSiteServer } from '../cms/serve/staticSite'

/**
 * Publish → live, end to end as an editor sees it: the CMS (`next start`, the reference app with
 * its local rebuild) and the static site are served; an editor creates a new TOM version over the
 * REST API and submits it for review, a legal reviewer publishes it (four-eyes), and the clock runs
 * from that publish request until the served site answers with the new version's page. Includes
 * the CMS's debounce, the rebuild with its search index, and the swap of dist/.
 */

const freePort = async () => {
  const s = createServer().listen(0, '127.0.0.1')
  await once(s, 'listening')
  const { port } = s.address() as AddressInfo
  s.close()
  return port
}

interface Login {
  email: string
  password: string
}

export async function publishToLive(opts: {
  root: string
  dist: string
  env: NodeJS.ProcessEnv
  company: string
  users: { editor: Login; legal: Login }
  log: (line: string) => void
}): Promise<{ seconds: number; version: string }> {
  const { root, dist, company, users, log } = opts
  const site = createStaticSiteServer(dist)
  site.listen(0, '127.0.0.1')
  await once(site, 'listening')
  const siteBase = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  const cmsPort = await freePort()
  const api = `http://127.0.0.1:${cmsPort}/api`
  const env: NodeJS.ProcessEnv = {
    ...opts.env,
    TRUSTCENTER_REBUILD: 'on',
    TRUSTCENTER_SEARCH: 'on',
    TRUSTCENTER_JOBS_AUTORUN: 'off',
    TRUSTCENTER_ROOT: root,
    TRUSTCENTER_DIST: dist,
    TRUSTCENTER_CMS_URL: `http://127.0.0.1:${cmsPort}`,
    TRUSTCENTER_SITE_URL: siteBase,
  }
  delete env.TRUSTCENTER_REBUILD_DEBOUNCE_MS // the CMS's own debounce, as deployed
  let cms: ChildProcess | undefined
  let output = ''
  try {
    cms = spawn('npx', ['next', 'start', 'cms', '-p', String(cmsPort), '-H', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    cms.stdout!.on('data', (d) => (output += d))
    cms.stderr!.on('data', (d) => (output += d))
    for (let i = 0; ; i++) {
      if (cms.exitCode !== null || i > 240)
        throw new Error(`the CMS did not start:\n${output.slice(-3000)}`)
      if (
        await fetch(`${api}/companies?limit=1`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break
      await new Promise((r) => setTimeout(r, 500))
    }
    const login = async (user: Login) => {
      const res = await fetch(`${api}/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(user),
      })
      if (!res.ok) throw new Error(`login ${user.email}: ${res.status} ${await res.text()}`)
      return {
        authorization: `JWT ${((await res.json()) as { token: string }).token}`,
        'content-type': 'application/json',
      }
    }
    const call = async (
      auth: Record<string, string>,
      method: string,
      route: string,
      body?: unknown,
    ) => {
      const res = await fetch(`${api}${route}`, {
        method,
        headers: auth,
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`)
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- REST answers, read field by field below
      return (await res.json()) as Record<string, any>
    }
    const editor = await login(users.editor)
    const {
      docs: [companyDoc],
    } = await call(editor, 'GET', `/companies?where[slug][equals]=${company}&depth=0&limit=1`)
    const {
      docs: [newest],
    } = await call(
      editor,
      'GET',
      `/tom-versions?where[company][equals]=${companyDoc.id}&where[status][equals]=published&sort=-effectiveDate&limit=1&depth=0`,
    )
    // The newest version's content as the site publishes it, plus one new measure.
    const published = JSON.parse(
      await readFile(path.join(dist, company, 'toms', `${newest.version}.json`), 'utf8'),
    ) as {
      content: { sections: Array<{ controls: Array<{ measures: Array<{ text: string }> }> }> }
    }
    const marker = `Neue Maßnahme aus dem CMS (${new Date().toISOString()})`
    const sections = published.content.sections
    sections.find((s) => s.controls.length > 0)!.controls[0]!.measures.push({ text: marker })
    const effectiveDate = new Date(Date.parse(newest.effectiveDate) + 86_400_000)
      .toISOString()
      .slice(0, 10)
    const draft = (
      await call(editor, 'POST', '/tom-versions', {
        company: companyDoc.id,
        title: newest.title,
        effectiveDate,
        sections,
        status: 'in-review',
        changeSummary: 'Neue Maßnahme (Benchmark).',
        changeKind: 'material',
      })
    ).doc
    const legal = await login(users.legal)
    log(`  publishing ${company} ${draft.version} as the legal reviewer…`)
    const page = `${siteBase}/${company}/toms/${draft.version}/`
    const started = performance.now()
    await call(legal, 'PATCH', `/tom-versions/${draft.id}`, { status: 'published' })
    const deadline = started + 600_000
    for (;;) {
      const res = await fetch(page)
      if (res.ok && (await res.text()).includes(marker)) break
      if (performance.now() > deadline)
        throw new Error(`${page} did not appear within 10 minutes:\n${output.slice(-3000)}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    return { seconds: (performance.now() - started) / 1000, version: draft.version }
  } finally {
    if (cms?.pid && cms.exitCode === null) process.kill(-cms.pid, 'SIGTERM')
    site.close()
  }
}
