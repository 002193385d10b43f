import type { Access, CollectionConfig } from 'payload'
import { isAdmin, isAdminField, ROLES, roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { validateName } from '../fields/validators'
import { enforcePasswordPolicy } from '../hooks/enforcePasswordPolicy'

/** Admins see everyone; everybody else sees only themselves; the public sees no one. */
const adminOrSelf: Access = ({ req }) => {
  if (roleOf(req) === 'admin') return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const usersCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.users,
  // Behind HTTPS the session cookie is never sent over plain HTTP (TRUSTCENTER_CMS_URL is the public URL).
  auth: { cookies: { secure: (process.env.TRUSTCENTER_CMS_URL ?? '').startsWith('https:'), sameSite: 'Lax' } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: 'Settings' },
  hooks: { beforeOperation: [enforcePasswordPolicy] },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req }) => roleOf(req) !== null },
  fields: [
    { name: 'name', type: 'text', validate: validateName },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor (drafts)', value: 'editor' },
        { label: 'Legal (reviews and publishes)', value: 'legal' },
      ],
      access: { create: isAdminField, update: isAdminField },
      validate: (value: unknown) => ((ROLES as readonly unknown[]).includes(value) ? true : `Role must be one of ${ROLES.join(', ')}.`),
    },
  ],
})
