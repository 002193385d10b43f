import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { localeField } from '../fields/localeField'

export const WEBHOOK_TOPICS = ['subprocessors', 'toms'] as const
const WEBHOOK_ENDPOINT_STATUSES = ['unverified', 'active', 'disabled'] as const
const WEBHOOK_OWNER_STATUSES = ['pending', 'confirmed'] as const

/**
 * Customers' HTTPS endpoints for a company's changes. An endpoint receives events only after it
 * answered the verification challenge. The signing secret is shown once, to whoever registered;
 * it is kept (HMAC needs it to sign) but never readable through the API or the admin.
 */
// Long: a Payload collection config, read top to bottom in the order Payload reads it
// (fields, access, hooks); the logic lives in the functions it names.
export const webhookEndpointsCollection = (
  options: SanitizedTrustCenterOptions,
): CollectionConfig => ({
  slug: options.slugs.webhookEndpoints,
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'company', 'topics', 'status', 'failingSince'],
    group: 'Subscriptions',
  },
  access: { read: isStaff, create: () => false, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'url', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'company',
      type: 'relationship',
      relationTo: options.slugs.companies,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_TOPICS.map((t) => ({ label: t, value: t })),
    },
    {
      name: 'ownerEmail',
      type: 'email',
      required: true,
      // Confirmed by its owner (double opt-in); another address would need confirming again.
      access: { update: () => false },
      admin: {
        readOnly: true,
        description: 'Told when the endpoint is disabled, once the address is confirmed.',
      },
    },
    {
      name: 'ownerEmailStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: WEBHOOK_OWNER_STATUSES.map((s) => ({ label: s, value: s })),
      // Only the link in the mail confirms (ownerOptIn.ts), as for subscribers: not staff.
      access: { update: () => false },
      admin: {
        readOnly: true,
        description: 'Nothing but the confirmation request is sent to an unconfirmed address.',
      },
    },
    {
      name: 'ownerConfirmedAt',
      type: 'date',
      access: { update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'ownerConfirmTokenHash',
      type: 'text',
      index: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    localeField(),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unverified',
      index: true,
      options: WEBHOOK_ENDPOINT_STATUSES.map((s) => ({ label: s, value: s })),
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    { name: 'verifiedAt', type: 'date', admin: { readOnly: true } },
    {
      name: 'failingSince',
      type: 'date',
      admin: { readOnly: true, description: 'First failed delivery since the last success.' },
    },
    { name: 'disabledAt', type: 'date', admin: { readOnly: true } },
    { name: 'lastError', type: 'textarea', admin: { readOnly: true } },
  ],
})
