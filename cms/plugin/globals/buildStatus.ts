import type { GlobalConfig } from 'payload'
import { isStaff } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'

const BUILD_STATES = ['idle', 'queued', 'building', 'succeeded', 'failed'] as const

/**
 * The last rebuild of the static site, written by the rebuild runner only (no one may edit it):
 * editors see here whether their publication is online.
 */
export const buildStatusGlobal = (options: SanitizedTrustCenterOptions): GlobalConfig => ({
  slug: options.slugs.buildStatus,
  label: 'Site build',
  admin: {
    group: 'Trust center',
    description:
      'Publishing triggers a rebuild of the static site. A failed build leaves the previous site online.',
  },
  access: { read: isStaff, update: () => false },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'idle',
      options: BUILD_STATES.map((s) => ({ label: s, value: s })),
      admin: { readOnly: true },
    },
    {
      name: 'target',
      type: 'text',
      admin: { readOnly: true, description: 'Deploy hook or local command.' },
    },
    {
      name: 'trigger',
      type: 'textarea',
      admin: { readOnly: true, description: 'The changes that caused the build.' },
    },
    {
      name: 'queuedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'startedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'message',
      type: 'textarea',
      admin: {
        readOnly: true,
        description: 'Result, or why the build failed (end of its output).',
      },
    },
  ],
})
