import type { CollectionConfig } from 'payload'
import { isStaff, staffOrStatusIn } from '../access/roles'
import { tomStructureFields } from '../fields/tomStructure'
import { validateDate, validateName, validateVersionSlug } from '../fields/validators'
import { defaultVersionSlug } from '../hooks/defaultVersionSlug'
import { notBeforePredecessor, supersedePrevious, workflowBeforeChange } from '../hooks/tomWorkflow'
import { uniqueVersionPerCompany } from '../hooks/uniqueVersionPerCompany'
import { deleteUnpublishedOnly, refuseDeletingPublicVersion } from '../hooks/keepPublicRecord'
import { hideFromPublic } from '../hooks/hideFromPublic'
import { markNotifyPending } from '../hooks/notifyTomChange'
import { notifyPendingField } from '../fields/notifyPending'
import { newRevisionEndpoint } from '../endpoints/newRevision'
import { approveAndPublishEndpoint } from '../endpoints/review/approveAndPublish'
import { requestChangesEndpoint } from '../endpoints/review/requestChanges'
import { reviewSummaryEndpoint } from '../endpoints/review/reviewSummary'
import { submitForReviewEndpoint } from '../endpoints/review/submitForReview'
import type { SanitizedTrustCenterOptions } from '../types'
import { TOM_STATUS_LABELS } from '../translations/statuses'
import { reviewLogField } from '../fields/reviewLogField'

const TOM_STATUSES = ['draft', 'in-review', 'published', 'superseded'] as const
/** Statuses the public may read; drafts and versions in review stay internal. */
export const PUBLIC_TOM_STATUSES = ['published', 'superseded'] as const

/** One version of a company's technical and organisational measures (docs/architecture.md, "Domain model and rules"). */
// Long: a Payload collection config, read top to bottom in the order Payload reads it
// (fields, access, hooks); the logic lives in the functions it names.
export const tomVersionsCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.tomVersions,
  labels: { singular: 'TOM version', plural: 'TOM versions' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'company', 'version', 'status', 'effectiveDate'],
    group: 'Trust center',
    components: {
      edit: {
        beforeDocumentControls: ['@trust-center/payload-plugin/client#NewRevisionButton'],
        // Save with Status = Published asks as "Approve and publish" does.
        SaveButton: '@trust-center/payload-plugin/client#ConfirmingSaveButton',
      },
    },
  },
  endpoints: [
    newRevisionEndpoint(options),
    submitForReviewEndpoint(options),
    approveAndPublishEndpoint(options),
    requestChangesEndpoint(options),
    reviewSummaryEndpoint(options),
  ],
  access: {
    read: staffOrStatusIn(PUBLIC_TOM_STATUSES),
    create: isStaff,
    // Published and superseded versions are immutable; the admin shows them read-only.
    update: (args) => (isStaff(args) ? { status: { in: ['draft', 'in-review'] } } : false),
    delete: deleteUnpublishedOnly,
  },
  indexes: [{ fields: ['company', 'version'], unique: true }],
  hooks: {
    beforeValidate: [defaultVersionSlug],
    beforeChange: [
      workflowBeforeChange(options),
      uniqueVersionPerCompany(options),
      notBeforePredecessor(options),
      markNotifyPending,
    ],
    afterChange: [supersedePrevious(options)],
    beforeDelete: [refuseDeletingPublicVersion],
    afterRead: [hideFromPublic(['publishedBy', 'lastEditedBy', 'reviewLog'])],
  },
  fields: [
    {
      name: 'reviewPanel',
      type: 'ui',
      admin: { components: { Field: '@trust-center/payload-plugin/client#ReviewPanel' } },
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: options.slugs.companies,
      required: true,
      index: true,
    },
    { name: 'title', type: 'text', required: true, validate: validateName },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveDate',
          type: 'date',
          required: true,
          validate: validateDate,
          admin: { width: '33%', date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'version',
          type: 'text',
          required: true,
          index: true,
          validate: validateVersionSlug,
          admin: { width: '33%', description: 'Defaults to the effective date (YYYY-MM-DD).' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          options: TOM_STATUSES.map((s) => ({ label: TOM_STATUS_LABELS[s], value: s })),
          admin: { width: '33%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publishedAt',
          type: 'date',
          validate: validateDate,
          admin: { readOnly: true, width: '33%', date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'publishedBy',
          type: 'relationship',
          relationTo: options.slugs.users,
          admin: { readOnly: true, width: '33%' },
        },
        {
          name: 'lastEditedBy',
          type: 'relationship',
          relationTo: options.slugs.users,
          admin: {
            readOnly: true,
            width: '33%',
            description: 'Under the four-eyes rule this person cannot publish.',
          },
        },
      ],
    },
    {
      name: 'fingerprint',
      type: 'text',
      index: true,
      admin: {
        readOnly: true,
        description:
          'sha256 of the canonical JSON (RFC 8785) of the published content; set when publishing.',
      },
    },
    {
      name: 'changeSummary',
      type: 'textarea',
      admin: {
        description:
          'What changed and why, written by legal; shown on the changes page and in feeds.',
      },
    },
    {
      name: 'changeKind',
      type: 'select',
      options: [
        { label: 'Material', value: 'material' },
        { label: 'Editorial', value: 'editorial' },
      ],
    },
    {
      // Who was told of this version, when and how: only a published version notified anyone.
      name: 'proofOfNotice',
      type: 'ui',
      admin: {
        condition: (data) => data?.status === 'published' || data?.status === 'superseded',
        components: {
          Field: {
            path: '@trust-center/payload-plugin/client#ProofOfNotice',
            clientProps: { eventPrefix: 'tom-version' },
          },
        },
      },
    },
    ...tomStructureFields(),
    notifyPendingField,
    {
      name: 'source',
      type: 'group',
      admin: { description: 'The original document this version was imported from (provenance).' },
      fields: [
        { name: 'filename', type: 'text' },
        { name: 'sha256', type: 'text', index: true },
        { name: 'text', type: 'textarea' },
      ],
    },
    reviewLogField(options),
    {
      name: 'parseWarnings',
      type: 'json',
      admin: { readOnly: true, description: 'Warnings from the import, with source line numbers.' },
    },
  ],
})
