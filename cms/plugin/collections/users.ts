import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { isAdmin, isAdminField, ROLES, roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { validateName } from '../fields/validators'
import { inviteUser } from '../hooks/inviteUser'
import { enforcePasswordPolicy } from '../hooks/enforcePasswordPolicy'
import { countLoginAttempt, forgetLoginAttempts } from '../auth/loginLockout'
import { refuseCrossSiteLogin } from '../auth/crossSiteLogin'

/** Admins change everyone; everybody else only themselves; the public no one. */
const adminOrSelf: Access = ({ req }) => {
  if (roleOf(req) === 'admin') return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/**
 * Staff see each other by name (who edited, who published, who holds a lock); an e-mail address
 * only an admin or its owner. The public sees no one.
 */
const staffRead: Access = ({ req }) => roleOf(req) !== null
const adminOrSelfField: FieldAccess = ({ req, id, doc }) =>
  roleOf(req) === 'admin' ||
  (req.user != null &&
    String(req.user.id) === String(id ?? (doc as { id?: unknown } | undefined)?.id))

export const usersCollection = (options: SanitizedTrustCenterOptions): CollectionConfig => ({
  slug: options.slugs.users,
  // Behind HTTPS the session cookie is never sent over plain HTTP (cmsUrl is the CMS's public URL).
  auth: {
    // Payload's lockout locks the account for everyone (anyone knowing an address could lock the
    // admin out); auth/loginLockout.ts counts per account and client instead.
    maxLoginAttempts: 0,
    cookies: {
      secure: options.notifications.cmsUrl.startsWith('https:'),
      sameSite: 'Lax',
    },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  hooks: {
    beforeOperation: [enforcePasswordPolicy, refuseCrossSiteLogin, countLoginAttempt(options)],
    afterLogin: [forgetLoginAttempts(options)],
    afterChange: [inviteUser(options)],
  },
  access: {
    read: staffRead,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => roleOf(req) !== null,
  },
  fields: [
    // Payload's own e-mail field of auth collections, with read access narrowed (see staffRead).
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      access: { read: adminOrSelfField },
    },
    {
      name: 'name',
      type: 'text',
      validate: validateName,
      admin: {
        description:
          'Shown wherever this person edited, published or locked something. Defaults to the part of the e-mail before the @.',
      },
      // Not required in the schema (existing users have none); filled in so nobody shows as an id.
      hooks: {
        beforeValidate: [
          ({ value, data }) =>
            typeof value === 'string' && value.trim()
              ? value.trim()
              : typeof data?.email === 'string'
                ? data.email.split('@')[0]
                : value,
        ],
      },
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
      validate: (value: unknown) =>
        (ROLES as readonly unknown[]).includes(value)
          ? true
          : `Role must be one of ${ROLES.join(', ')}.`,
    },
  ],
})
