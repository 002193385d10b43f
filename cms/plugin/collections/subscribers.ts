import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { optInOnly } from '../hooks/optInOnly'
import { localeField } from '../fields/localeField'

export const SUBSCRIPTION_TOPICS = ['subprocessors', 'toms'] as const

/**
 * People who asked to be told about changes. Minimal data (GDPR): the address, what they want,
 * timestamps of consent; no IP address. Tokens are stored hashed. Only admins can see them.
 */
export const subscribersCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.subscribers,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'company', 'topics', 'status'],
    group: 'Subscriptions',
  },
  access: { read: isAdmin, create: () => false, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['email', 'company'], unique: true }],
  hooks: { beforeChange: [optInOnly] },
  fields: [
    { name: 'email', type: 'email', required: true, index: true },
    {
      name: 'company',
      type: 'relationship',
      relationTo: options.slugs.companies,
      required: true,
      index: true,
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      required: true,
      options: SUBSCRIPTION_TOPICS.map((t) => ({ label: t, value: t })),
    },
    localeField({ required: true }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'confirmed', 'unsubscribed'].map((s) => ({ label: s, value: s })),
    },
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'confirmTokenExpiresAt', type: 'date', admin: { hidden: true } },
    { name: 'consentAt', type: 'date', admin: { readOnly: true } },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true } },
  ],
})
