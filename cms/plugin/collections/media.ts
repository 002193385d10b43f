import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { validateName } from '../fields/validators'
import { normaliseUploadHook } from '../uploads/normaliseUploadHook'
import { secureUploadHeaders } from '../uploads/uploadHeaders'
import { notFoundForMissingFile } from '../uploads/missingFile'

/** Company logos; checked by content, SVG rasterised, resized by sharp on upload; served inert. */
export const mediaCollection = (
  options: SanitizedTrustCenterOptions,
  staticDir: string,
): CollectionConfig => ({
  slug: options.slugs.media,
  admin: { group: 'Settings' },
  access: { read: () => true, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir,
    // What the file picker offers; the bytes decide what is stored (normaliseUploadHook).
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    imageSizes: [
      { name: 'logo', width: 320, height: 160, fit: 'inside', withoutEnlargement: true },
    ],
    modifyResponseHeaders: secureUploadHeaders,
    handlers: [notFoundForMissingFile(staticDir)],
  },
  hooks: { beforeOperation: [normaliseUploadHook] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: 'Alternative text',
      validate: validateName,
    },
  ],
})
