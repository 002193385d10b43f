import type { Access, CollectionConfig } from 'payload'
import { isAdmin, isAdminField, ROLES, roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { validateName } from '../fields/validators'

/** Admins see everyone; everybody else sees only themselves; the public sees no one. */
const adminOrSelf: Access = ({ req }) => {
  if (roleOf(req) === 'admin') return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const usersCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.users,
  auth: true,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req }) => roleOf(req) !== null },
  fields: [
    {
      name: 'name',
      type: 'text',
      validate: validateName,
      admin: { description: 'Shown wherever this person edited, published or locked something. Defaults to the part of the e-mail before the @.' },
      // Not required in the schema (existing users have none); filled in so nobody shows as an id.
      hooks: { beforeValidate: [({ value, data }) => (typeof value === 'string' && value.trim() ? value.trim() : typeof data?.email === 'string' ? data.email.split('@')[0] : value)] },
    },
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
