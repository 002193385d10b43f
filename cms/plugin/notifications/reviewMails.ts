import type { PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import type { WorkflowSubject } from '../translations/workflowMessages'
import type { ReviewStep } from '../workflow/transitions'
import { sendMail } from './sendMail'
import { idOf } from '../utilities/doc'

interface Mail {
  subject: string
  text: string
}

/** How a mail names what is reviewed, German and English. */
const NOUNS: Record<WorkflowSubject, { de: string; en: string }> = {
  tomVersion: { de: 'die TOM-Version', en: 'the TOM version' },
  subprocessor: {
    de: 'die Änderung am Unterauftragsverarbeiter',
    en: 'the change to the subprocessor',
  },
}
const titleOf = (doc: Record<string, unknown>, subject: WorkflowSubject) =>
  subject === 'subprocessor' ? String(doc.name) : `${String(doc.title)} (${String(doc.version)})`

/** The mail of one review step, German first, then English (staff choose their admin language, mails reach them anywhere). */
function compose(
  step: ReviewStep,
  what: string,
  noun: { de: string; en: string },
  actor: string,
  link: string,
): Mail {
  const comment = step.comment ? `\n\n„${step.comment}“\n` : ''
  const commentEn = step.comment ? `\n\n"${step.comment}"\n` : ''
  if (step.action === 'submitted')
    return {
      subject: `Zur Prüfung / For review: ${what}`,
      text: `${actor} hat ${noun.de} ${what} zur Prüfung eingereicht. Bitte prüfen Sie die Änderungen und geben Sie sie frei oder fordern Sie Änderungen an:\n${link}\n\n—\n\n${actor} submitted ${noun.en} ${what} for review. Please review the changes, then approve or request changes:\n${link}\n`,
    }
  if (step.action === 'changes-requested')
    return {
      subject: `Änderungen angefordert / Changes requested: ${what}`,
      text: `${actor} hat Änderungen an ${what} angefordert:${comment}\nSie ist wieder ein Entwurf:\n${link}\n\n—\n\n${actor} requested changes to ${what}:${commentEn}\nIt is a draft again:\n${link}\n`,
    }
  return {
    subject: `Veröffentlicht / Published: ${what}`,
    text: `${actor} hat ${what} freigegeben; sie ist veröffentlicht und erscheint nach dem nächsten Build auf der Website.\n${link}\n\n—\n\n${actor} approved ${what}; it is published and goes live with the next site build.\n${link}\n`,
  }
}

/**
 * Mails of the review workflow: legal users hear of a submission; the version's last editor hears
 * that changes were requested or that it was published. Whoever took the step gets no mail. A
 * failing mail is logged and never undoes the step.
 */
export async function notifyReviewStep(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  version: Record<string, unknown>,
  step: ReviewStep,
  subject: WorkflowSubject = 'tomVersion',
): Promise<void> {
  const users = options.slugs.users
  try {
    const recipients =
      step.action === 'submitted'
        ? (
            await req.payload.find({
              collection: users,
              where: { role: { equals: 'legal' } },
              pagination: false,
              depth: 0,
              req,
            })
          ).docs
        : version.lastEditedBy != null
          ? [
              await req.payload.findByID({
                collection: users,
                id: idOf(version.lastEditedBy),
                depth: 0,
                req,
                disableErrors: true,
              }),
            ].filter((u) => u !== null)
          : []
    const to = recipients
      .filter((u) => String(u.id) !== String(req.user?.id) && typeof u.email === 'string')
      .map((u) => String(u.email))
    if (to.length === 0) return
    const actor = String((req.user as { name?: unknown })?.name || req.user?.email || roleOf(req))
    const slug =
      subject === 'subprocessor' ? options.slugs.subprocessors : options.slugs.tomVersions
    const link = `${options.notifications.cmsUrl}/admin/collections/${slug}/${String(version.id)}`
    const mail = compose(step, titleOf(version, subject), NOUNS[subject], actor, link)
    // One mail per person: no recipient sees the others' addresses.
    for (const address of to)
      await sendMail(req.payload, { to: address, from: options.notifications.from, ...mail })
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `trust center: could not send the "${step.action}" mail for ${subject} ${String(version.id)}`,
    })
  }
}
