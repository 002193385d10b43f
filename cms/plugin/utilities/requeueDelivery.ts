import type { Payload } from 'payload'

interface FoundDelivery {
  id: string | number
  status: string
  updatedAt: string
}

/**
 * Sets a stranded delivery (mail or webhook) back to `pending`, but only if its row is as it was
 * found: a runner may have finished it in between. True when it was set, so the caller queues
 * a job for it.
 */
export async function setPendingIfUnchanged(
  payload: Payload,
  collection: 'notification-deliveries' | 'webhook-deliveries',
  delivery: FoundDelivery,
): Promise<boolean> {
  const unchanged = await payload.update({
    collection,
    where: {
      and: [
        { id: { equals: delivery.id } },
        { status: { equals: delivery.status } },
        { updatedAt: { equals: delivery.updatedAt } },
      ],
    },
    data: { status: 'pending' },
    depth: 0,
    overrideAccess: true,
  })
  return unchanged.docs.length > 0
}
