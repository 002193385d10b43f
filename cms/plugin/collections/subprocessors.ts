import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff, staffOrStatusIn } from '../access/roles'
import {
  notBefore,
  validateCountryCodes,
  validateDate,
  validateName,
  validateUrl,
} from '../fields/validators'
import { TRANSFER_SAFEGUARDS } from '@trust-center/core/safeguards'
import { recordChangeAfterChange, recordChangeBeforeChange } from '../hooks/subprocessorEvents'
import { doraFields } from '../fields/regulatoryFields'
import type { SanitizedTrustCenterOptions } from '../types'
import { refuseDeletingSubprocessorWithEvents } from '../hooks/keepPublicRecord'

const SUBPROCESSOR_STATUSES = ['draft', 'announced', 'active', 'ended'] as const
/** A draft is an editor's work in progress; everything else is public. */
export const PUBLIC_SUBPROCESSOR_STATUSES = ['announced', 'active', 'ended'] as const

/** A subprocessor engaged by a company (Art. 28 GDPR). */
export const subprocessorsCollection = (
  options: SanitizedTrustCenterOptions,
): CollectionConfig => ({
  slug: options.slugs.subprocessors,
  labels: { singular: 'Subprocessor', plural: 'Subprocessors' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'company', 'purpose', 'status'],
    group: 'Trust center',
  },
  access: {
    read: staffOrStatusIn(PUBLIC_SUBPROCESSOR_STATUSES),
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [recordChangeBeforeChange(options)],
    afterChange: [recordChangeAfterChange(options)],
    beforeDelete: [refuseDeletingSubprocessorWithEvents(options.slugs)],
  },
  fields: [
    {
      name: 'company',
      type: 'relationship',
      relationTo: options.slugs.companies,
      required: true,
      index: true,
      admin: { description: 'The company that engages this subprocessor.' },
    },
    { name: 'name', type: 'text', required: true, label: 'Vendor name', validate: validateName },
    { name: 'legalEntity', type: 'text', validate: validateName },
    { name: 'address', type: 'textarea' },
    { name: 'website', type: 'text', validate: validateUrl },
    {
      name: 'linkedCompany',
      type: 'relationship',
      relationTo: options.slugs.companies,
      admin: { description: 'When the vendor publishes its own TOMs in this trust center.' },
    },
    { name: 'purpose', type: 'textarea', required: true, label: 'Service / purpose' },
    { name: 'dataCategories', type: 'text', hasMany: true },
    {
      name: 'locations',
      type: 'text',
      hasMany: true,
      required: true,
      validate: validateCountryCodes,
      admin: { description: 'Processing locations as ISO 3166-1 alpha-2 codes, e.g. DE, FR, US.' },
    },
    {
      name: 'transferSafeguard',
      type: 'select',
      required: true,
      defaultValue: 'eu-eea',
      options: TRANSFER_SAFEGUARDS.map((s) => ({ label: s.en, value: s.value })),
    },
    doraFields,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: SUBPROCESSOR_STATUSES.map((s) => ({ label: s, value: s })),
    },
    {
      type: 'row',
      fields: [
        { name: 'announcedAt', type: 'date', validate: validateDate, admin: { width: '33%' } },
        {
          name: 'effectiveFrom',
          type: 'date',
          validate: notBefore('announcedAt', 'the announcement'),
          admin: { width: '33%' },
        },
        {
          name: 'endedAt',
          type: 'date',
          validate: notBefore('effectiveFrom', '"effective from"'),
          admin: { width: '33%' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'This change',
      admin: {
        position: 'sidebar',
        description:
          'Describes the change you are saving; reset after each save. Publishing records a change event.',
      },
      fields: [
        {
          name: 'changeKind',
          type: 'select',
          defaultValue: 'material',
          options: [
            { label: 'Material (customers are notified)', value: 'material' },
            { label: 'Editorial correction (no notification)', value: 'editorial' },
          ],
        },
        { name: 'changeNote', type: 'textarea', label: 'What changes and why' },
        {
          name: 'objectionDeadline',
          type: 'date',
          validate: validateDate,
          admin: { description: 'Only to grant more time than the notice period.' },
        },
        {
          name: 'changeEffectiveAt',
          type: 'date',
          validate: validateDate,
          label: 'Change takes effect on',
        },
      ],
    },
  ],
})
