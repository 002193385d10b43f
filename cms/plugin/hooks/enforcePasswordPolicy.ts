import type { CollectionBeforeOperationHook } from 'payload'
import { checkPassword } from '../fields/passwordPolicy'
import { RequestRefused } from '../http/refused'

/**
 * Every way a password is set — creating a user, changing it, the first admin, a reset link —
 * goes through the policy. An operation hook, because Payload's own password field cannot be
 * given a validator.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password !== 'string' || password === '') return
  const verdict = checkPassword(password)
  if (verdict !== true)
    throw new RequestRefused(verdict, 400, [{ path: 'password', message: verdict }])
}
