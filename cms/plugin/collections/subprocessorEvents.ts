import type { CollectionConfig } from 'payload'
import { roleOf } from '../access/roles'
import { notifyPendingField } from '../fields/notifyPending'
import type { SanitizedTrustCenterOptions } from '../types'
import { isLegalOrAdmin } from './objections'
import { RequestRefused } from '../http/refused'

const SUBPROCESSOR_EVENT_KINDS = ['added', 'changed', 'removed'] as const

/**
 * Append-only record of published subprocessor changes (docs/architecture.md, "Domain model and rules"). Feeds and e-mails are made
 * from these events, never from diffing live rows. Nobody — not even the system — edits or deletes one.
 */
// Long: a Payload collection config, read top to bottom in the order Payload reads it
// (fields, access, hooks); the logic lives in the functions it names.
export const subprocessorEventsCollection = (
  options: SanitizedTrustCenterOptions,
): CollectionConfig => ({
  slug: options.slugs.subprocessorEvents,
  labels: { singular: 'Subprocessor change', plural: 'Subprocessor changes' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'kind',
      'announcedAt',
      'objectionDeadline',
      'effectiveAt',
      'material',
      'objectionCount',
    ],
    group: 'Trust center',
  },
  access: { read: () => true, create: () => false, update: () => false, delete: () => false },
  hooks: {
    beforeChange: [
      ({ operation }) => {
        if (operation === 'update')
          throw new RequestRefused('Subprocessor change events are append-only.', 403)
      },
    ],
    beforeDelete: [
      () => {
        throw new RequestRefused('Subprocessor change events are append-only.', 403)
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'company',
      type: 'relationship',
      relationTo: options.slugs.companies,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'subprocessor',
      type: 'relationship',
      relationTo: options.slugs.subprocessors,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: SUBPROCESSOR_EVENT_KINDS.map((k) => ({ label: k, value: k })),
      admin: { readOnly: true },
    },
    {
      name: 'material',
      type: 'checkbox',
      defaultValue: true,
      admin: { readOnly: true, description: 'Non-material (editorial) changes notify nobody.' },
    },
    {
      name: 'imported',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        readOnly: true,
        description:
          'Recorded when an existing subprocessor was imported; no notice was given here.',
      },
    },
    { name: 'note', type: 'textarea', admin: { readOnly: true } },
    notifyPendingField,
    { name: 'changes', type: 'json', admin: { readOnly: true } },
    { name: 'snapshot', type: 'json', required: true, admin: { readOnly: true } },
    { name: 'announcedAt', type: 'date', required: true, index: true, admin: { readOnly: true } },
    { name: 'objectionDeadline', type: 'date', admin: { readOnly: true } },
    { name: 'effectiveAt', type: 'date', required: true, admin: { readOnly: true } },
    {
      name: 'proofOfNotice',
      type: 'ui',
      admin: { components: { Field: '@trust-center/payload-plugin/client#ProofOfNotice' } },
    },
    {
      // Counted when legal or an admin reads the change (list and edit view); never stored, never public.
      name: 'objectionCount',
      type: 'number',
      virtual: true,
      label: 'Objections',
      access: { read: ({ req }) => Boolean(isLegalOrAdmin({ req })) },
      admin: { readOnly: true, description: 'Confirmed objections to this change.' },
      hooks: {
        afterRead: [
          async ({ data, req }) => {
            const role = roleOf(req)
            if ((role !== 'legal' && role !== 'admin') || !data?.id) return undefined
            return (
              await req.payload.count({
                collection: options.slugs.objections,
                where: {
                  and: [{ event: { equals: data.id } }, { status: { equals: 'confirmed' } }],
                },
                overrideAccess: true,
                req,
              })
            ).totalDocs
          },
        ],
      },
    },
  ],
})
