import type { CollectionAfterChangeHook } from 'payload'
import { sendMail } from '../notifications/sendMail'
import type { SanitizedTrustCenterOptions } from '../types'
import { optionLabel } from '../utilities/optionLabel'

const INVITE_VALID_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Inviting a colleague = creating their user: they get a mail with a link to set their own
 * password (Payload's reset-password page; valid for a week), so the admin never has to pass on
 * the one they typed. A failing mail is logged and never undoes the creation.
 */
export const inviteUser =
  (options: SanitizedTrustCenterOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, req, collection }) => {
    if (operation !== 'create' || !req.user) return doc
    try {
      // After this request's transaction: the token is written to the new user's row.
      const token = await req.payload.forgotPassword({
        collection: options.slugs.users,
        data: { email: String(doc.email) },
        disableEmail: true,
        expiration: INVITE_VALID_MS,
        req,
      })
      const link = `${options.notifications.cmsUrl}${req.payload.config.routes.admin}/reset/${token}`
      const inviter = String((req.user as { name?: unknown }).name || req.user.email)
      // the role as the admin shows it, in each half of the bilingual mail (not "legal")
      const role = (locale: 'de' | 'en') => optionLabel(collection.fields, 'role', doc.role, locale)
      await sendMail(req.payload, {
        to: String(doc.email),
        from: options.notifications.from,
        subject: 'Einladung zum Trust Center / Invitation to the trust center',
        text: `${inviter} hat Sie zum Trust Center eingeladen (Rolle: ${role('de')}). Legen Sie hier Ihr Passwort fest (7 Tage gültig):\n${link}\n\n—\n\n${inviter} invited you to the trust center (role: ${role('en')}). Set your password here (valid for 7 days):\n${link}\n`,
      })
    } catch (error) {
      req.payload.logger.error({
        err: error,
        msg: `trust center: could not send the invitation to ${String(doc.email)}`,
      })
    }
    return doc
  }
