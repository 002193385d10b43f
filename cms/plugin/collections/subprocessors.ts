import type { Access, CollectionConfig, Where } from 'payload'
import { isAdmin, roleOf } from '../access/roles'
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
import { hideFromPublic } from '../hooks/hideFromPublic'
import {
  rememberDraftSave,
  SUBPROCESSOR_SERVER_ONLY_FIELDS,
  subprocessorReviewBeforeChange,
} from '../hooks/subprocessorReview'
import { reviewLogField } from '../fields/reviewLogField'
import { TOM_STATUS_LABELS } from '../translations/statuses'
import { subprocessorReviewEndpoints } from '../endpoints/review/subprocessorEndpoints'

const SUBPROCESSOR_STATUSES = ['draft', 'announced', 'active', 'ended'] as const
/** A draft is an editor's work in progress; everything else is public once published. */
export const PUBLIC_SUBPROCESSOR_STATUSES = ['announced', 'active', 'ended'] as const
/** Where a subprocessor's pending change stands (the TOM workflow's states). */
const SUBPROCESSOR_REVIEW_STATUSES = ['draft', 'in-review', 'published'] as const

/** The public reads the published record of public subprocessors; staff read everything. */
const publicRule: Where = {
  and: [
    { _status: { equals: 'published' } },
    { status: { in: [...PUBLIC_SUBPROCESSOR_STATUSES] } },
  ],
}
const readSubprocessors: Access = ({ req }) => (roleOf(req) !== null ? true : publicRule)
/** Staff save pending changes; only legal and admin write the public record (the four-eyes rule is the hook's). */
const saveSubprocessors: Access = ({ req, data }) => {
  const role = roleOf(req)
  if (!role) return false
  return (data as { _status?: unknown } | undefined)?._status !== 'published' || role !== 'editor'
}
const isStaffAccess: Access = ({ req }) => roleOf(req) !== null

/** A subprocessor engaged by a company (Art. 28 GDPR). */
// Long: a Payload collection config, read top to bottom in the order Payload reads it
// (fields, access, hooks); the logic lives in the functions it names.
export const subprocessorsCollection = (
  options: SanitizedTrustCenterOptions,
): CollectionConfig => ({
  slug: options.slugs.subprocessors,
  labels: { singular: 'Subprocessor', plural: 'Subprocessors' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'company', 'purpose', 'status'],
    group: 'Trust center',
    // Payload's "Publish" asks as "Approve and publish" does.
    components: {
      edit: { PublishButton: '@trust-center/payload-plugin/client#ConfirmingPublishButton' },
    },
  },
  // Drafts are pending changes; the published document is the public record (docs/workflow.md).
  versions: { drafts: true },
  endpoints: subprocessorReviewEndpoints(options),
  access: {
    read: readSubprocessors,
    readVersions: isStaffAccess,
    create: saveSubprocessors,
    update: saveSubprocessors,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [rememberDraftSave],
    beforeChange: [subprocessorReviewBeforeChange(options), recordChangeBeforeChange(options)],
    afterChange: [recordChangeAfterChange(options)],
    beforeDelete: [refuseDeletingSubprocessorWithEvents(options.slugs)],
    afterRead: [hideFromPublic([...SUBPROCESSOR_SERVER_ONLY_FIELDS])],
  },
  fields: [
    {
      name: 'reviewPanel',
      type: 'ui',
      admin: { components: { Field: '@trust-center/payload-plugin/client#ReviewPanel' } },
    },
    {
      // Payload's publication status. A signed-in user's save starts as a pending change; the
      // server's own writes (seed, imports of what is in use) publish as before.
      name: '_status',
      type: 'select',
      defaultValue: ({ user }) => (user ? 'draft' : 'published'),
      options: [
        { label: TOM_STATUS_LABELS.draft, value: 'draft' },
        { label: TOM_STATUS_LABELS.published, value: 'published' },
      ],
    },
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
          validate: notBefore('announcedAt', { en: 'the announcement', de: 'der Ankündigung' }),
          admin: { width: '33%' },
        },
        {
          name: 'endedAt',
          type: 'date',
          validate: notBefore('effectiveFrom', { en: '"effective from"', de: '„Gültig ab“' }),
          admin: { width: '33%' },
        },
      ],
    },
    {
      name: 'reviewStatus',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: SUBPROCESSOR_REVIEW_STATUSES.map((s) => ({ label: TOM_STATUS_LABELS[s], value: s })),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Where the pending change stands; set by the review buttons.',
      },
    },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: options.slugs.users,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Under the four-eyes rule this person cannot publish.',
      },
    },
    reviewLogField(options),
    {
      type: 'collapsible',
      label: 'This change',
      admin: {
        position: 'sidebar',
        description:
          'Describes the change you are preparing; reset when it is published. Publishing records a change event.',
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
