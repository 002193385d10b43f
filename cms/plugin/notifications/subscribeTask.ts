import type { PayloadRequest, TaskConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { mailBrandOf } from './mailBrand'
import { confirmationMail } from './messages'
import type { Locale } from '../translations/language'
import { sendMail } from './sendMail'
import { newToken } from './tokens'

export const SUBSCRIBE_TASK = 'trustCenterSubscribe'
const CONFIRM_TTL_MS = 7 * 24 * 3600_000

export interface SubscriptionRequest {
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
    await req.payload.jobs.queue({ task: SUBSCRIBE_TASK as never, input: input as never, req })
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
export const subscribeTask = (options: SanitizedTrustCenterOptions): TaskConfig => ({
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
    const { email, companyId: rawCompany, topics, locale } = input as SubscriptionRequest
    const companyId = /^\d+$/.test(String(rawCompany)) ? Number(rawCompany) : rawCompany
    const { slugs, notifications } = options
    const collection = slugs.subscribers as 'subscribers'
    const company = await req.payload.findByID({
      collection: slugs.companies as 'companies',
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
    ).docs[0] as { id: string | number; status: string } | undefined
    if (existing?.status === 'confirmed') return { output: { status: 'already confirmed' } }
    const { token, hash } = newToken()
    const fields = {
      topics,
      locale,
      status: 'pending',
      confirmTokenHash: hash,
      confirmTokenExpiresAt: new Date(Date.now() + CONFIRM_TTL_MS).toISOString(),
      consentAt: new Date().toISOString(),
    }
    if (existing)
      await req.payload.update({ collection, id: existing.id, data: fields as never, req })
    else
      await req.payload.create({
        collection,
        data: { email, company: companyId, ...fields } as never,
        req,
      })
    await sendMail(
      req.payload,
      confirmationMail({
        to: email,
        from: notifications.from,
        locale,
        companyName: String(company.name),
        brand: await mailBrandOf(req, options, company as never),
        confirmUrl: `${notifications.cmsUrl}/api/trust-center/confirm?token=${token}&locale=${locale}`,
      }),
    )
    return { output: { status: 'confirmation sent' } }
  },
})
