import { randomBytes } from 'node:crypto'
import type { DataFromCollectionSlug, Payload, PayloadRequest, TaskConfig } from 'payload'
import { sendMail } from '../notifications/sendMail'
import type { SanitizedTrustCenterOptions } from '../types'
import { WEBHOOK_DELIVER_TASK, WEBHOOK_VERIFY_TASK } from './enqueue'
import { eventPayload } from './eventPayload'
import { endpointDisabledMail } from './messages'
import { postSigned } from './send'
import { type Doc, populated, relationId } from '../utilities/doc'
import { setPendingIfUnchanged } from '../utilities/requeueDelivery'

const message = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 2000)

/**
 * The endpoint failed again: it is disabled (and its owner mailed, if the owner confirmed the
 * address) once it has been failing for `disableAfterMs` without a success in between.
 */
async function recordFailure(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  endpoint: DataFromCollectionSlug<'webhook-endpoints'>,
  error: string,
): Promise<boolean> {
  const collection = options.slugs.webhookEndpoints
  const now = new Date()
  const since =
    typeof endpoint.failingSince === 'string' ? endpoint.failingSince : now.toISOString()
  const disable = now.getTime() - Date.parse(since) >= options.webhooks.disableAfterMs
  await req.payload.update({
    collection,
    id: endpoint.id,
    data: {
      failingSince: since,
      lastError: error,
      ...(disable ? { status: 'disabled', disabledAt: now.toISOString() } : {}),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (disable && endpoint.ownerEmailStatus !== 'confirmed')
    req.payload.logger.info(
      `trust center: webhook endpoint ${String(endpoint.id)} disabled; its owner's address is unconfirmed, so nobody is mailed`,
    )
  else if (disable) {
    const company = await req.payload.findByID({
      collection: options.slugs.companies,
      id: relationId(endpoint.company),
      depth: 0,
      req,
    })
    const locale = endpoint.locale === 'en' ? 'en' : 'de'
    try {
      await sendMail(
        req.payload,
        endpointDisabledMail({
          to: String(endpoint.ownerEmail),
          from: options.notifications.from,
          locale,
          url: String(endpoint.url),
          companyName: String(company.name),
          since: since.slice(0, 10),
          lastError: error,
          registerUrl: `${options.notifications.siteUrl}${locale === 'en' ? '/en' : ''}/${String(company.slug)}/#webhooks`,
        }),
      )
    } catch (mailError) {
      req.payload.logger.error(
        { err: mailError },
        'trust center: could not tell a webhook owner that the endpoint was disabled',
      )
    }
  }
  return disable
}

/**
 * Delivers one event to one endpoint. The row is claimed first (pending → sending), so a second
 * runner or a duplicate job sends nothing; it becomes `delivered` on a 2xx answer, or `pending`
 * with the error and the jobs queue retries with exponential backoff, until the last attempt
 * (`failed`) or the endpoint is disabled. A crash between the receiver's answer and the record
 * leaves the row `sending`; the webhook maintenance task sends it again later with the same
 * webhook-id, which receivers use to drop repeats (Standard Webhooks).
 */
type Delivery = DataFromCollectionSlug<'webhook-deliveries'>
type Endpoint = DataFromCollectionSlug<'webhook-endpoints'>

/** Takes a pending delivery to `sending`; a second sender finds nothing left to claim. */
async function claimDelivery(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  id: string,
): Promise<Delivery | undefined> {
  const claimed = await req.payload.update({
    collection: options.slugs.webhookDeliveries,
    where: { and: [{ id: { equals: id } }, { status: { equals: 'pending' } }] },
    data: { status: 'sending', lastAttemptAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return claimed.docs[0]
}

async function readEndpoint(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  delivery: Delivery,
): Promise<Endpoint | undefined> {
  const endpoints = await req.payload.find({
    collection: options.slugs.webhookEndpoints,
    where: { id: { equals: delivery.endpoint } },
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
    limit: 1,
    req,
  })
  return endpoints.docs[0]
}

/** Posts the event once: null when the receiver took it, else what went wrong. */
async function attemptDelivery(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  { delivery, endpoint, attempts }: { delivery: Delivery; endpoint: Endpoint; attempts: number },
  mark: (data: Doc) => Promise<unknown>,
): Promise<string | null> {
  const body = JSON.stringify(await eventPayload(req, options, String(delivery.eventKey)))
  try {
    const result = await postSigned(
      String(endpoint.url),
      String(endpoint.secret),
      String(delivery.messageId),
      body,
      {
        allowPrivateNetworks: options.webhooks.allowPrivateNetworks,
        timeoutMs: options.webhooks.timeoutMs,
      },
    )
    if (result.ok) {
      await mark({
        status: 'delivered',
        attempts,
        responseStatus: result.status,
        deliveredAt: new Date().toISOString(),
        lastError: null,
      })
      if (endpoint.failingSince)
        await req.payload.update({
          collection: options.slugs.webhookEndpoints,
          id: endpoint.id,
          data: { failingSince: null, lastError: null },
          overrideAccess: true,
          depth: 0,
          req,
        })
      return null
    }
    await mark({ responseStatus: result.status })
    return `HTTP ${String(result.status)}: ${result.body.slice(0, 200)}`
  } catch (e) {
    return message(e)
  }
}

export const webhookDeliverTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: WEBHOOK_DELIVER_TASK,
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  // No concurrency key: the claim below excludes a second sender, and a key held by a job whose
  // runner died would block the re-queued one.
  retries: {
    attempts: options.webhooks.attempts,
    backoff: { type: 'exponential', delay: options.webhooks.retryDelayMs },
  },
  handler: async ({ input, req }) => {
    const id = (input as { deliveryId: string }).deliveryId
    const delivery = await claimDelivery(req, options, id)
    if (!delivery) return { output: { status: 'not pending' } }
    const mark = (data: Doc) =>
      req.payload.update({
        collection: options.slugs.webhookDeliveries,
        id,
        data: data,
        overrideAccess: true,
        depth: 0,
        req,
      })
    const endpoint = await readEndpoint(req, options, delivery)
    if (!endpoint || endpoint.status !== 'active') {
      await mark({
        status: 'skipped',
        lastError: endpoint ? `endpoint ${String(endpoint.status)}` : 'endpoint deleted',
      })
      return { output: { status: 'skipped' } }
    }
    const attempts = Number(delivery.attempts ?? 0) + 1
    const error = await attemptDelivery(req, options, { delivery, endpoint, attempts }, mark)
    if (error === null) return { output: { status: 'delivered' } }
    const disabled = await recordFailure(req, options, endpoint, error)
    if (disabled || attempts >= options.webhooks.attempts) {
      await mark({ status: 'failed', attempts, lastError: error })
      return { output: { status: 'failed' } }
    }
    await mark({ status: 'pending', attempts, lastError: error })
    throw new Error(error)
  },
})

/**
 * The verification challenge: a signed `webhook.verification` event with a random challenge,
 * which the endpoint must echo in a 2xx answer. Only then does it receive events (the webhook
 * counterpart of double opt-in: nobody can point deliveries at a server that did not ask).
 */
export const webhookVerifyTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: WEBHOOK_VERIFY_TASK,
  inputSchema: [{ name: 'endpointId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: options.webhooks.retryDelayMs } },
  handler: async ({ input, req }) => {
    const collection = options.slugs.webhookEndpoints
    const id = (input as { endpointId: string }).endpointId
    const endpoint = (
      await req.payload.find({
        collection,
        where: { id: { equals: id } },
        overrideAccess: true,
        showHiddenFields: true,
        depth: 1,
        limit: 1,
        req,
      })
    ).docs[0]
    if (!endpoint || endpoint.status !== 'unverified')
      return { output: { status: 'nothing to verify' } }
    const challenge = randomBytes(24).toString('base64url')
    const company = populated(endpoint.company, 'company')
    const body = JSON.stringify({
      type: 'webhook.verification',
      timestamp: new Date().toISOString(),
      data: {
        challenge,
        company: { slug: company.slug, name: company.name },
        topics: endpoint.topics,
      },
    })
    let error: string
    try {
      const result = await postSigned(
        String(endpoint.url),
        String(endpoint.secret),
        `msg_verification_${id}_${challenge.slice(0, 8)}`,
        body,
        {
          allowPrivateNetworks: options.webhooks.allowPrivateNetworks,
          timeoutMs: options.webhooks.timeoutMs,
        },
      )
      if (result.ok && result.body.includes(challenge)) {
        await req.payload.update({
          collection,
          id,
          data: {
            status: 'active',
            verifiedAt: new Date().toISOString(),
            lastError: null,
          },
          overrideAccess: true,
          depth: 0,
          req,
        })
        return { output: { status: 'verified' } }
      }
      error = result.ok
        ? 'the answer did not contain the challenge'
        : `HTTP ${String(result.status)}`
    } catch (e) {
      error = message(e)
    }
    await req.payload.update({
      collection,
      id,
      data: { lastError: `verification: ${error}` },
      overrideAccess: true,
      depth: 0,
      req,
    })
    throw new Error(error)
  },
})

/**
 * Deliveries a crashed runner left `sending`, or never tried (their job is gone), are queued
 * again; a pending one tried before has its retry job waiting out the backoff.
 */
export async function requeueStrandedWebhooks(
  payload: Payload,
  options: SanitizedTrustCenterOptions,
  now = new Date(),
): Promise<number> {
  const collection = options.slugs.webhookDeliveries
  const stranded = await payload.find({
    collection,
    where: {
      and: [
        {
          or: [
            { status: { equals: 'sending' } },
            { and: [{ status: { equals: 'pending' } }, { attempts: { equals: 0 } }] },
          ],
        },
        // Claimed this long ago without a result: the runner was interrupted (crash, restart).
        {
          updatedAt: {
            less_than: new Date(now.getTime() - options.notifications.staleJobMs).toISOString(),
          },
        },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let requeued = 0
  for (const delivery of stranded.docs) {
    if (!(await setPendingIfUnchanged(payload, collection, delivery))) continue
    requeued++
    await payload.jobs.queue({
      task: WEBHOOK_DELIVER_TASK,
      input: { deliveryId: String(delivery.id) },
    })
  }
  return requeued
}

export const webhookMaintenanceTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
  slug: 'trustCenterWebhookMaintenance',
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'requeued', type: 'number' }],
  handler: async ({ req }) => ({
    output: { requeued: await requeueStrandedWebhooks(req.payload, options) },
  }),
})
