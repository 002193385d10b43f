import { fork } from 'node:child_process'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { projectRoot } from '../database/paths'
import { type CompanyContentFile, listCompanyFiles, readCompanyFiles } from './readContent'
import {
  checkCompanyContent,
  seedCompany,
  seededCounts,
  seededLine,
  seedFromContent,
} from './seedFromContent'
import { addSummaries, emptySummary, type SeedSummary } from './seedSummary'
import { type WorkerReport, workerReportSchema, type WorkerTask } from './seedMessages'

interface SeedContentOptions {
  log?: (line: string) => void
  /**
   * Processes writing at once, this one included.
   * @default one per core, at most MAX_DEFAULT_PROCESSES, from PARALLEL_FROM companies on; else 1
   */
  processes?: number
}

/**
 * Below this many companies, starting another Payload (~5 s) costs about what a second core saves
 * (size M, 100 companies: 18–24 s with two processes, 18–26 s with one).
 */
const PARALLEL_FROM = 100
/**
 * SQLite takes one writer at a time, and each process holds a Payload of its own (~300 MB):
 * more processes than this mostly wait for each other (3 on 2 cores: 28 s at M against 22 s).
 */
const MAX_DEFAULT_PROCESSES = 4

/**
 * Imports content/ into Payload like seedFromContent.ts, spread over several processes for a
 * large content/: seeding is mostly Payload's JavaScript (field hooks, query building) on one
 * core, and companies are independent of each other. The other processes (seedWorker.ts) open
 * Payload while this one reads and parses all of content/; only when all of it is good does
 * anyone write, so bad content still leaves nothing half-seeded. Then every process, this one
 * too, takes the next company from one queue until none is left. When one fails, the others
 * finish the company in hand and stop; seeding again completes the rest (it is idempotent).
 */
export async function seedContent(
  payload: Payload,
  contentDir: string,
  { log = () => {}, processes }: SeedContentOptions = {},
): Promise<SeedSummary> {
  const names = await listCompanyFiles(contentDir)
  const count = Math.max(
    1,
    Math.min(
      names.length,
      processes ??
        (names.length >= PARALLEL_FROM
          ? Math.min(availableParallelism(), MAX_DEFAULT_PROCESSES)
          : 1),
    ),
  )
  if (count === 1) return seedFromContent(payload, contentDir, log)

  const summary = emptySummary()
  let files: CompanyContentFile[] = []
  let next = 0
  let done = 0
  let writing = false
  let failure: Error | undefined
  const idle: SeedWorker[] = []
  const seeded = (counts: Parameters<typeof seededLine>[2], writer: number) =>
    log(seededLine(++done, files.length, counts, writer))
  /** The next company for a ready worker; `end` once there is none (or one process failed). */
  const give = (worker: SeedWorker) => {
    if (!writing) return void idle.push(worker)
    const file = failure ? undefined : files[next++]
    const task: WorkerTask = file
      ? { type: 'company', file: file.file, company: file.company }
      : { type: 'end' }
    worker.send(task)
  }
  const workers = Array.from({ length: count - 1 }, (_, k) =>
    startWorker(contentDir, k + 2, give, (report) => {
      addSummaries(summary, report.summary)
      seeded(report, k + 2)
    }),
  )
  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error))
  }
  for (const worker of workers) worker.ended.catch(fail)

  try {
    files = await readCompanyFiles(names)
    await checkCompanyContent(contentDir, files)
    // Every process up before anyone writes: one that cannot open the database fails the seed
    // before a half-seed, too. At size L the others are up long before the content is checked.
    await Promise.all(workers.map((w) => w.started))
    if (failure) throw failure
    writing = true
    for (const worker of idle.splice(0)) give(worker)
    const own = (async () => {
      for (let file = files[next++]; file && !failure; file = files[next++]) {
        addSummaries(summary, await seedCompany(payload, contentDir, file))
        seeded(seededCounts(file), 1)
      }
    })().catch(fail)
    await Promise.allSettled([own, ...workers.map((w) => w.ended)])
    if (failure) throw failure
    return summary
  } finally {
    for (const worker of workers) worker.kill() // those still running: bad content, or one failed to start
  }
}

type Seeded = Extract<WorkerReport, { type: 'seeded' }>

interface SeedWorker {
  send(task: WorkerTask): void
  kill(): void
  /** Settles when its Payload is up or it has ended (`ended` says why). */
  started: Promise<void>
  /** Settles when the process has exited: resolved after `end`, else rejected with why. */
  ended: Promise<void>
}

/** Forks seeding process `index` (this one is 1); `ready` is called whenever it wants a company. */
function startWorker(
  contentDir: string,
  index: number,
  ready: (worker: SeedWorker) => void,
  onSeeded: (report: Seeded) => void,
): SeedWorker {
  const child = fork(path.join(import.meta.dirname, 'seedWorker.ts'), [contentDir], {
    cwd: projectRoot,
    execArgv: ['--import', 'tsx'],
    // Seeding notifies nobody and builds nothing; no job runner in a process that only writes.
    env: { ...process.env, TRUSTCENTER_REBUILD: 'off', TRUSTCENTER_JOBS_AUTORUN: 'off' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let failed: string | undefined
  let ending = false
  let started = () => {}
  const worker: SeedWorker = {
    send(task) {
      ending ||= task.type === 'end'
      child.send(task)
    },
    kill: () => child.kill(),
    started: new Promise<void>((resolve) => (started = resolve)),
    ended: new Promise<void>((resolve, reject) => {
      child.once('exit', (code, signal) => {
        started() // `ended` says why
        if (ending && code === 0) resolve()
        else
          reject(
            new Error(
              failed ?? `seeding process ${index} ended with ${signal ?? `exit code ${code}`}`,
            ),
          )
      })
    }),
  }
  child.on('message', (message) => {
    const parsed = workerReportSchema.safeParse(message)
    if (!parsed.success) {
      failed ??= `seeding process ${index} sent what it should not: ${JSON.stringify(message).slice(0, 200)}`
      return void child.kill()
    }
    const report = parsed.data
    if (report.type === 'failed') return void (failed = report.message)
    if (report.type === 'seeded') onSeeded(report)
    else started()
    ready(worker)
  })
  child.on('error', (error) => void (failed ??= error.message)) // e.g. a send to a process that died
  return worker
}
