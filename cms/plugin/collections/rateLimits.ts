import type { CollectionConfig } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'

/**
 * Fixed-window request counters of the public endpoints, in the database so that every CMS
 * instance on it counts together (notifications/rateLimit.ts). The key is an HMAC of the client
 * (never the address itself); rows past their window are deleted by the maintenance task.
 * Nobody reads or writes them through the API.
 */
export const rateLimitsCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.rateLimits,
  labels: { singular: 'Rate limit', plural: 'Rate limits' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'resetAt', type: 'date', required: true, index: true },
  ],
})
