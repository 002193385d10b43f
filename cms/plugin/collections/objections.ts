import type { Access, CollectionConfig } from 'payload'
import { isAdmin, roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { localeField } from '../fields/localeField'

/** Legal handles objections; admins see everything. Editors do not see customers' objections. */
export const isLegalOrAdmin: Access = ({ req }) =>
  roleOf(req) === 'legal' || roleOf(req) === 'admin'

/**
 * Customers' objections to announced subprocessor changes (Art. 28(2) GDPR). Created only
 * through the public form (confirmed by e-mail, like a subscription); a confirmed objection gets
 * a receipt number. Only the data an objection needs: who, for which organisation, why.
 */
export const objectionsCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.objections,
  labels: { singular: 'Objection', plural: 'Objections' },
  admin: {
    useAsTitle: 'receipt',
    defaultColumns: ['receipt', 'event', 'organisation', 'name', 'status', 'submittedAt'],
    group: 'Trust center',
    description: 'Export as CSV: /api/trust-center/objections.csv (optionally ?event=ID).',
    components: { beforeListTable: ['@trust-center/payload-plugin/client#ObjectionsExport'] },
  },
  access: { read: isLegalOrAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    {
      name: 'receipt',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        readOnly: true,
        description: 'Given when the objector confirmed the e-mail address.',
      },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: options.slugs.subprocessorEvents,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: options.slugs.companies,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'confirmed'].map((s) => ({ label: s, value: s })),
      admin: { readOnly: true },
    },
    { name: 'name', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'organisation', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'email', type: 'email', required: true, admin: { readOnly: true } },
    { name: 'reason', type: 'textarea', required: true, admin: { readOnly: true } },
    localeField({ admin: { readOnly: true } }),
    {
      name: 'submittedAt',
      type: 'date',
      required: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true } },
  ],
})
