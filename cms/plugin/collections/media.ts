import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'

/** Company logos; resized by sharp on upload. */
export const mediaCollection = (options: SanitizedTrustCenterOptions, staticDir: string): CollectionConfig => ({
  slug: options.slugs.media,
  admin: { group: 'Settings' },
  access: { read: () => true, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    imageSizes: [{ name: 'logo', width: 320, height: 160, fit: 'inside', withoutEnlargement: true }],
  },
  fields: [{ name: 'alt', type: 'text', required: true, label: 'Alternative text' }],
})
