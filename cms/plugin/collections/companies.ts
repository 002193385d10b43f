import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../access/roles'
import {
  validateDate,
  validateEmail,
  validateName,
  validateSlug,
  validateUrl,
} from '../fields/validators'
import type { SanitizedTrustCenterOptions } from '../types'
import { importDocumentEndpoint } from '../endpoints/importDocument'
import { refuseDeletingCompanyWithRecord } from '../hooks/keepPublicRecord'
import { brandField } from '../fields/brandField'
import { dataActFields } from '../fields/regulatoryFields'
import { localeField } from '../fields/localeField'

/** A company that publishes TOMs and subprocessors in this trust center. All of it is public. */
// Long: a Payload collection config, read top to bottom in the order Payload reads it
// (fields, access, hooks); the logic lives in the functions it names.
export const companiesCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.companies,
  labels: { singular: 'Company', plural: 'Companies' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'website'], group: 'Trust center' },
  access: { read: () => true, create: isStaff, update: isStaff, delete: isAdmin },
  endpoints: [importDocumentEndpoint(options)],
  hooks: { beforeDelete: [refuseDeletingCompanyWithRecord(options.slugs)] },
  fields: [
    { name: 'name', type: 'text', required: true, validate: validateName },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateSlug,
      admin: {
        description:
          'Part of every public URL (/{slug}/); customers cite these URLs, so keep it stable.',
      },
    },
    { name: 'legalName', type: 'text', validate: validateName },
    { name: 'address', type: 'textarea' },
    { name: 'website', type: 'text', validate: validateUrl },
    {
      name: 'privacyContact',
      type: 'group',
      fields: [
        { name: 'email', type: 'text', validate: validateEmail },
        { name: 'url', type: 'text', validate: validateUrl },
        { name: 'dpoName', type: 'text', label: 'Data protection officer', validate: validateName },
        { name: 'dpoEmail', type: 'text', label: 'DPO e-mail', validate: validateEmail },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: options.slugs.media },
    brandField,
    { name: 'description', type: 'textarea' },
    {
      name: 'certifications',
      type: 'array',
      labels: {
        singular: { en: 'Certification', de: 'Zertifizierung' },
        plural: { en: 'Certifications', de: 'Zertifizierungen' },
      },
      fields: [
        { name: 'name', type: 'text', required: true, validate: validateName },
        { name: 'issuer', type: 'text', validate: validateName },
        { name: 'scope', type: 'textarea' },
        { name: 'validUntil', type: 'date', validate: validateDate },
      ],
    },
    {
      name: 'noticePeriodDays',
      type: 'number',
      required: true,
      defaultValue: 30,
      min: 0,
      max: 365,
      admin: {
        description:
          'Days between announcing a subprocessor change and its effective date (objection period).',
      },
    },
    dataActFields,
    {
      name: 'example',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: 'A fictional company for demonstration; its pages say so prominently.',
      },
    },
    localeField({ required: true }),
    {
      name: 'importDocument',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '@trust-center/payload-plugin/client#ImportDocument',
            clientProps: {
              companiesSlug: options.slugs.companies,
              tomVersionsSlug: options.slugs.tomVersions,
            },
          },
        },
      },
    },
  ],
})
