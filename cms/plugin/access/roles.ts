import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'legal'] as const
type Role = (typeof ROLES)[number]

export function roleOf(req: PayloadRequest): Role | null {
  const role = (req.user as { role?: unknown } | null)?.role
  return typeof role === 'string' && (ROLES as readonly string[]).includes(role)
    ? (role as Role)
    : null
}

/** Anyone signed in to the CMS with one of the trust center roles. */
export const isStaff: Access = ({ req }) => roleOf(req) !== null

export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

export const isAdminField: FieldAccess = ({ req }) => roleOf(req) === 'admin'

/** Staff read everything; the public reads only documents whose status is public. */
export function staffOrStatusIn(statuses: readonly string[]): Access {
  return ({ req }) => (roleOf(req) !== null ? true : { status: { in: [...statuses] } })
}
