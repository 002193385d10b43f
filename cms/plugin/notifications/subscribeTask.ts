import type { PayloadRequest, TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { mailBrandOf } from './mailBrand'
import { confirmationMail } from './messages'
import type { Locale } from '../translations/language'
import { sendMail } from './sendMail'
import { newToken } from './tokens'
import { typedId } from '../utilities/doc'

const SUBSCRIBE_TASK = 'trustCenterSubscribe'
const CONFIRM_TTL_MS = 7 * 24 * 3600_000

interface SubscriptionRequest {
  email: string
  companyId: string | number
  topics: Array<'toms' | 'subprocessors'>
  locale: Locale
}

/**
 * The subscribe endpoint's only write: the same for a new, pending or confirmed address. What
 * `payload.jobs.queue` does for a task without hooks, depth or a concurrency key — insert the job
 * row — without reading the row back, which nobody here needs and which cost about as much as the
 * insert (docs/performance.md). With jobs hooks or depth configured, the queue's own path runs.
 */
export async function queueSubscription(req: PayloadRequest, request: SubscriptionRequest) {
  const input = { ...request, companyId: String(request.companyId) }
  const { jobs } = req.payload.config
  if (jobs.runHooks || jobs.depth) {
    await req.payload.jobs.queue({ task: SUBSCRIBE_TASK, input, req })
    return
  }
  await req.payload.db.create({
    collection: 'payload-jobs',
    data: { input, taskSlug: SUBSCRIBE_TASK },
    req,
    returning: false,
  })
}

/**
 * A subscription request, off the request path: a confirmed address is left as it is (and sent
 * nothing); a new or pending one is stored pending with a fresh confirmation token, and the
 * confirmation link is mailed. A failing mail is retried by the queue with the same row.
 */
export const subscribeTask = (
  options: SanitizedTrustCenterOptions,
): TaskConfig<typeof SUBSCRIBE_TASK> => ({
  slug: SUBSCRIBE_TASK,
  inputSchema: [
    { name: 'email', type: 'text', required: true },
    { name: 'companyId', type: 'text', required: true },
    { name: 'topics', type: 'json', required: true },
    { name: 'locale', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: {
    attempts: 5,
    backoff: { type: 'exponential', delay: options.notifications.retryDelayMs },
  },
  handler: async ({ input, req }) => {
    // `topics` is a JSON field of the job's input; the endpoint checked the request with zod
    // (subscriptionSchema.ts) before it queued the job.
    const { email, companyId: rawCompany, topics, locale } = input as SubscriptionRequest
    const companyId = typedId(/^\d+$/.test(String(rawCompany)) ? Number(rawCompany) : rawCompany)
    const { slugs, notifications } = options
    const collection = slugs.subscribers
    const company = await req.payload.findByID({
      collection: slugs.companies,
      id: companyId,
      depth: 0,
      req,
      disableErrors: true,
    })
    // Deleted since the request (the endpoint remembers companies for a few seconds).
    if (!company) return { output: { status: 'no such company' } }
    const existing = (
      await req.payload.find({
        collection,
        where: { and: [{ email: { equals: email } }, { company: { equals: companyId } }] },
        limit: 1,
        depth: 0,
        req,
      })
    ).docs[0]
    if (existing?.status === 'confirmed') return { output: { status: 'already confirmed' } }
    const { token, hash } = newToken()
    const fields = {
      topics,
      locale,
      status: 'pending' as const,
      confirmTokenHash: hash,
      confirmTokenExpiresAt: new Date(Date.now() + CONFIRM_TTL_MS).toISOString(),
      consentAt: new Date().toISOString(),
    }
    if (existing) await req.payload.update({ collection, id: existing.id, data: fields, req })
    else
      await req.payload.create({
        collection,
        data: { email, company: companyId, ...fields },
        req,
      })
    await sendMail(
      req.payload,
      confirmationMail({
        to: email,
        from: notifications.from,
        locale,
        companyName: company.name,
        brand: await mailBrandOf(req, options, company),
        confirmUrl: `${notifications.cmsUrl}/api/trust-center/confirm?token=${token}&locale=${locale}`,
      }),
    )
    return { output: { status: 'confirmation sent' } }
  },
})
