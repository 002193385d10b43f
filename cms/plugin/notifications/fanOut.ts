import {
  commitTransaction,
  initTransaction,
  isolateObjectProperty,
  killTransaction,
  type CollectionSlug,
  type DataFromCollectionSlug,
  type Payload,
  type PayloadRequest,
  type TaskConfig,
  type Where,
} from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { enqueueNotifications } from './enqueue'
import { relationId } from '../utilities/doc'

export const FANOUT_TASK = 'trustCenterFanOut'

interface ChangeEvent {
  key: string
  topic: 'toms' | 'subprocessors'
  companyId: string | number
  /** When the change became public: endpoints verified later do not receive it. */
  at?: string
}

/**
 * The prompt half of the outbox: one job, queued with the publishing request, so it commits in
 * that request's transaction where the database has one (MongoDB). Who is told is decided later by
 * the job, not here: a crash can neither lose nor half-write the list. Payload's SQLite adapter
 * runs without transactions, so the mark on the published row is what makes it crash-safe.
 */
export async function queueFanOut(req: PayloadRequest, event: ChangeEvent): Promise<void> {
  await req.payload.jobs.queue({
    task: FANOUT_TASK,
    input: {
      eventKey: event.key,
      topic: event.topic,
      companyId: String(event.companyId),
      at: event.at ?? new Date().toISOString(),
    },
    req,
  })
}

/** The row that carries an event's outbox mark (fields/notifyPending.ts). */
function markedRow(options: SanitizedTrustCenterOptions, eventKey: string) {
  const [kind, id] = eventKey.split(':')
  const collection =
    kind === 'tom-version'
      ? options.slugs.tomVersions
      : kind === 'subprocessor-event'
        ? options.slugs.subprocessorEvents
        : undefined
  return collection && id ? { collection, id } : undefined
}

/**
 * Through the adapter: published versions and events are immutable to every hook-run write. The
 * row keeps its `updatedAt`: the mark is bookkeeping, not content, and the site's rebuild takes a
 * newer stamp for a changed entry (after an imported history, thousands re-read and re-rendered).
 */
async function clearMark(req: PayloadRequest, options: SanitizedTrustCenterOptions, key: string) {
  const row = markedRow(options, key)
  if (!row) return
  const where = { id: { equals: /^\d+$/.test(row.id) ? Number(row.id) : row.id } }
  const marked = await req.payload.db.findOne<{ id: number | string; updatedAt?: string }>({
    collection: row.collection,
    where,
    select: { updatedAt: true },
    req,
  })
  if (!marked) return
  await req.payload.db.updateOne({
    collection: row.collection,
    where,
    data: { notifyPending: false, updatedAt: marked.updatedAt },
    req,
    returning: false,
  })
}

const fanOutConcurrencyKey = (eventKey: string) => `fanout:${eventKey}`

/** The concurrency keys of fan-out jobs not run yet (or being retried): their events have one. */
async function waitingFanOuts(payload: Payload): Promise<Set<string>> {
  const waiting = await payload.db.find<{ concurrencyKey?: string | null }>({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: FANOUT_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    select: { concurrencyKey: true },
    limit: 0,
    pagination: false,
    req: {},
  })
  return new Set(waiting.docs.flatMap((job) => (job.concurrencyKey ? [job.concurrencyKey] : [])))
}

/**
 * Publications still marked after `staleJobMs` without a fan-out job waiting lost theirs (a crash
 * before it was written, on a database without transactions): they get one again. One whose job
 * only waits behind others keeps it — queued again every few seconds, a backlog of a few thousand
 * (an imported history) grew by thousands of spare jobs each time.
 */
export async function queueMarkedChanges(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - options.notifications.staleJobMs).toISOString()
  const where: Where = {
    and: [{ notifyPending: { equals: true } }, { updatedAt: { less_than: cutoff } }],
  }
  const marked = (collection: CollectionSlug) =>
    payload.db
      .find<Pick<DataFromCollectionSlug<'tom-versions'>, 'id' | 'company'>>({
        collection,
        where,
        limit: 0,
        pagination: false,
        req: {},
      })
      .then((r) => r.docs)
  const [versions, events] = await Promise.all([
    marked(options.slugs.tomVersions),
    marked(options.slugs.subprocessorEvents),
  ])
  const found: ChangeEvent[] = [
    ...versions.map((d) => ({
      key: `tom-version:${String(d.id)}`,
      topic: 'toms' as const,
      companyId: relationId(d.company),
    })),
    ...events.map((d) => ({
      key: `subprocessor-event:${String(d.id)}`,
      topic: 'subprocessors' as const,
      companyId: relationId(d.company),
    })),
  ]
  const waiting = found.length > 0 ? await waitingFanOuts(payload) : new Set<string>()
  const changes = found.filter((change) => !waiting.has(fanOutConcurrencyKey(change.key)))
  for (const change of changes)
    await payload.jobs.queue({
      task: FANOUT_TASK,
      input: { eventKey: change.key, topic: change.topic, companyId: String(change.companyId) },
    })
  return changes.length
}

/**
 * Creates the event's deliveries (one per confirmed subscriber and per webhook endpoint) and their
 * jobs in one transaction of its own. Idempotent: a rerun after a crash skips the rows that exist
 * (checked in code as well as by the unique indexes, since not every database enforces them), so
 * nobody is told twice and nobody is left out.
 */
export const fanOutTask = (
  options: SanitizedTrustCenterOptions,
): TaskConfig<typeof FANOUT_TASK> => ({
  slug: FANOUT_TASK,
  inputSchema: [
    { name: 'eventKey', type: 'text', required: true },
    { name: 'topic', type: 'text', required: true },
    { name: 'companyId', type: 'text', required: true },
    { name: 'at', type: 'text' },
  ],
  outputSchema: [{ name: 'queued', type: 'number' }],
  // One fan-out per event at a time, so two runners never check-then-create the same rows.
  concurrency: {
    key: ({ input }) => fanOutConcurrencyKey(input.eventKey),
    exclusive: true,
  },
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req: jobReq }) => {
    const { eventKey, companyId, at } = input
    // The job's input is a text field; queueFanOut and queueMarkedChanges write only these two.
    const topic: ChangeEvent['topic'] = input.topic === 'toms' ? 'toms' : 'subprocessors'
    const req = isolateObjectProperty(jobReq, 'transactionID')
    req.transactionID = undefined
    await initTransaction(req)
    try {
      const queued = await enqueueNotifications(req, options, {
        key: eventKey,
        topic,
        companyId: /^\d+$/.test(companyId) ? Number(companyId) : companyId,
        ...(at ? { at } : {}),
      })
      await clearMark(req, options, eventKey)
      await commitTransaction(req)
      if (queued > 0)
        req.payload.logger.info(`trust center: ${queued} notification(s) queued for ${eventKey}`)
      return { output: { queued } }
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
})
