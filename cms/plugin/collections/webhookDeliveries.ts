import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'

const WEBHOOK_DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'failed', 'skipped'] as const

/**
 * One row per (event, endpoint): the unique index makes "exactly one delivery" a database fact;
 * the row is the evidence of notice (when, how often tried, what the receiver answered).
 */
export const webhookDeliveriesCollection = (
  options: SanitizedTrustCenterOptions,
): CollectionConfig => ({
  slug: options.slugs.webhookDeliveries,
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'eventKey',
    defaultColumns: ['eventKey', 'endpoint', 'status', 'attempts', 'deliveredAt'],
    group: 'Subscriptions',
  },
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  indexes: [{ fields: ['eventKey', 'endpoint'], unique: true }],
  fields: [
    { name: 'eventKey', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: options.slugs.webhookEndpoints,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'messageId',
      type: 'text',
      required: true,
      admin: {
        readOnly: true,
        description: 'webhook-id header: the same on every attempt, so receivers drop repeats.',
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: WEBHOOK_DELIVERY_STATUSES.map((s) => ({ label: s, value: s })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'responseStatus', type: 'number', admin: { readOnly: true } },
    { name: 'lastError', type: 'textarea', admin: { readOnly: true } },
    { name: 'lastAttemptAt', type: 'date', admin: { readOnly: true } },
    { name: 'deliveredAt', type: 'date', admin: { readOnly: true } },
  ],
})
