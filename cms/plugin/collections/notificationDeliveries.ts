import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'

/**
 * One row per (event, subscriber): the unique index makes "exactly once" a database fact, and
 * the row records whether the mail went out, how often it was tried and why it failed.
 */
export const notificationDeliveriesCollection = (
  options: SanitizedTrustCenterOptions,
): CollectionConfig => ({
  slug: options.slugs.deliveries,
  labels: { singular: 'Notification', plural: 'Notifications' },
  admin: {
    useAsTitle: 'eventKey',
    defaultColumns: ['eventKey', 'subscriber', 'status', 'attempts', 'sentAt'],
    group: 'Subscriptions',
  },
  // Never deleted: a delivery is the record that a subscriber was told; its absence means "tell them".
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['eventKey', 'subscriber'], unique: true }],
  fields: [
    {
      name: 'eventKey',
      type: 'text',
      required: true,
      index: true,
      admin: { readOnly: true, description: 'What happened, e.g. tom-version:12' },
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: options.slugs.subscribers,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: ['pending', 'sending', 'sent', 'skipped'].map((s) => ({ label: s, value: s })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastError', type: 'textarea', admin: { readOnly: true } },
    { name: 'messageId', type: 'text', admin: { readOnly: true } },
    { name: 'sentAt', type: 'date', admin: { readOnly: true } },
  ],
})
