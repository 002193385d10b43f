import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { loadavg } from 'node:os'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { writeFileSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import { createStaticSiteServer } from '../cms/serve/staticSite'

/**
 * Publish → live, end to end as an editor sees it: the CMS (`next start`, the reference app with
 * its local rebuild) and the static site are served; an editor creates a new TOM version over the
 * REST API and submits it for review, a legal reviewer publishes it (four-eyes), and the clock runs
 * from that publish request until the served site answers with the new version's page. Includes
 * the CMS's debounce, the rebuild with its search index, and the swap of dist/.
 */

export const freePort = async (): Promise<number> => {
  const s = createServer().listen(0, '127.0.0.1')
  await once(s, 'listening')
  const { port } = s.address() as AddressInfo
  s.close()
  return port
}

/**
 * Waits until the CMS has run the fan-out jobs the seed left (one per seeded change, thousands at
 * size L): a CMS up for a while has, and they would compete with the publication's rebuild. Read
 * from the bench's SQLite file: the jobs are not open to the CMS's users.
 */
async function jobsCaughtUp(databaseUri: string, log: (line: string) => void) {
  const db = new DatabaseSync(databaseUri.replace(/^file:/, ''), { readOnly: true })
  const waiting = db.prepare(
    "select count(*) as n from payload_jobs where task_slug = 'trustCenterFanOut' and completed_at is null and has_error = 0",
  )
  const until = performance.now() + 20 * 60_000
  try {
    for (let left = Number(waiting.get()!.n); left > 0; left = Number(waiting.get()!.n)) {
      if (performance.now() > until) throw new Error(`the CMS still has ${left} jobs to run`)
      log(`  waiting for the CMS to run the fan-out jobs the seed left: ${left}`)
      await new Promise((r) => setTimeout(r, 10_000))
    }
  } finally {
    db.close()
  }
}

/** The CMS's rebuild log lines (cms/plugin/rebuild/rebuildSite.ts) that time its phases. */
const PHASES = [
  ['buildStarted', /trust center: rebuilding the site/],
  ['buildEnded', /trust center: site rebuil(t|d failed)/],
] as const
type Phase = (typeof PHASES)[number][0]

export interface PublishToLive {
  seconds: number
  version: string
  /** From the publish request until the CMS started the rebuild job (the debounce and the queue's poll). */
  buildStartedSeconds: number | null
  /** … until the rebuild (snapshot and build command) ended. */
  buildEndedSeconds: number | null
  /** The machine's load average over the last minute when publishing. */
  loadAverage: number
}

interface Login {
  email: string
  password: string
}

// Long: one benchmark scenario, its phases measured in order.
export async function publishToLive(opts: {
  root: string
  dist: string
  env: NodeJS.ProcessEnv
  company: string
  users: { editor: Login; legal: Login }
  log: (line: string) => void
}): Promise<PublishToLive> {
  const { root, dist, company, users, log } = opts
  // The addresses the bench's builds used (they are part of Astro's config and the pages' cache
  // keys): other addresses would make the CMS's rebuild a full one.
  const siteBase = opts.env.TRUSTCENTER_SITE_URL!
  const cmsBase = opts.env.TRUSTCENTER_CMS_URL!
  const site = createStaticSiteServer(dist)
  site.listen(Number(new URL(siteBase).port), '127.0.0.1')
  await once(site, 'listening')
  const cmsPort = Number(new URL(cmsBase).port)
  const api = `${cmsBase}/api`
  const env: NodeJS.ProcessEnv = {
    ...opts.env,
    TRUSTCENTER_REBUILD: 'on',
    TRUSTCENTER_SEARCH: 'on',
    TRUSTCENTER_JOBS_AUTORUN: 'on', // the CMS runs its rebuild queue itself, as deployed
    PAYLOAD_LOG_LEVEL: 'info', // its rebuild's log lines time the phases below
    TRUSTCENTER_ROOT: root,
    TRUSTCENTER_DIST: dist,
  }
  delete env.TRUSTCENTER_REBUILD_DEBOUNCE_MS // the CMS's own debounce, as deployed
  let cms: ChildProcess | undefined
  let output = ''
  const marks: Partial<Record<Phase, number>> = {}
  try {
    cms = spawn('npx', ['next', 'start', 'cms', '-p', String(cmsPort), '-H', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    const seen = (d: Buffer) => {
      output += d
      for (const [phase, pattern] of PHASES)
        if (pattern.test(String(d))) marks[phase] ??= performance.now()
    }
    cms.stdout!.on('data', seen)
    cms.stderr!.on('data', seen)
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
    // After every version, a draft that an interrupted run left included.
    const {
      docs: [latest],
    } = await call(
      editor,
      'GET',
      `/tom-versions?where[company][equals]=${companyDoc.id}&sort=-effectiveDate&limit=1&depth=0`,
    )
    const effectiveDate = new Date(Date.parse(latest.effectiveDate) + 86_400_000)
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
    await jobsCaughtUp(opts.env.DATABASE_URI!, log)
    // A CMS up for a while, as when an editor publishes: its start (and the standby build it
    // starts, cms/plugin/rebuild/standby.ts) no longer competes with the publication.
    await new Promise((r) => setTimeout(r, Number(process.env.BENCH_SETTLE_MS ?? 10_000)))
    log(`  publishing ${company} ${draft.version} as the legal reviewer…`)
    const page = `${siteBase}/${company}/toms/${draft.version}/`
    for (const phase of Object.keys(marks) as Phase[]) delete marks[phase] // the CMS's start
    const loadAverage = loadavg()[0]!
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
    const seconds = (performance.now() - started) / 1000
    // Stopped in the middle of its job, the CMS would leave it "processing", holding the rebuild
    // queue of this database (npm start releases it; `next start` does not): let it finish.
    for (let i = 0; i < 600; i++) {
      const build = await call(editor, 'GET', '/globals/trust-center-build?depth=0')
      if (['succeeded', 'failed'].includes(build.state)) break
      await new Promise((r) => setTimeout(r, 100))
    }
    await new Promise((r) => setTimeout(r, 1_000)) // the job's own completion, after the status
    const since = (mark?: number) => (mark === undefined ? null : (mark - started) / 1000)
    return {
      seconds,
      version: draft.version,
      buildStartedSeconds: since(marks.buildStarted),
      buildEndedSeconds: since(marks.buildEnded),
      loadAverage,
    }
  } finally {
    if (cms?.pid && cms.exitCode === null) process.kill(-cms.pid, 'SIGTERM')
    site.close()
    // The CMS's own log (its rebuild's phases) for a closer look: BENCH_CMS_LOG=file.
    if (process.env.BENCH_CMS_LOG) writeFileSync(process.env.BENCH_CMS_LOG, output)
  }
}
