import type { PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'
import { roleOf } from '../../access/roles'
import { workflowError } from '../../errors/workflowError'
import { notifyReviewStep } from '../../notifications/reviewMails'
import { languageOf } from '../../translations/language'
import { statusLabel } from '../../translations/statuses'
import type { SanitizedTrustCenterOptions } from '../../types'
import { type ReviewAction, type ReviewStep, TRANSITIONS } from '../../workflow/transitions'
import { fail } from '../respond'
import { idOf } from '../../utilities/doc'
import { type ReviewTarget, tomVersionTarget } from './targets'

const bodySchema = z.object({ comment: z.string().trim().max(5000).optional() }).default({})

async function readBody(req: PayloadRequest): Promise<{ comment?: string }> {
  try {
    const parsed = bodySchema.safeParse(req.json ? await req.json() : {})
    return parsed.success ? parsed.data : {}
  } catch {
    return {} // no body
  }
}

/**
 * One review button: checks the step against the state machine and the roles, then saves the new
 * state through the target as the signed-in user, so the workflow hook applies every rule (four-eyes, immutability)
 * exactly as for a save from the form. Mails go out after the save; a failing mail never undoes it.
 */
export const takeStep =
  (
    options: SanitizedTrustCenterOptions,
    action: ReviewAction,
    target: ReviewTarget = tomVersionTarget(options),
  ): PayloadHandler =>
  async (req) => {
    const { subject } = target
    try {
      const role = roleOf(req)
      if (!role || !req.user) throw workflowError(req, 401, 'signIn')
      const id = String(req.routeParams?.id)
      const found = await target.read(req, id)
      if (!found) throw workflowError(req, 404, 'notFound', { id }, subject)
      const { doc, state } = found
      const transition = TRANSITIONS[action]
      const status = statusLabel(state, languageOf(req))
      if (state !== transition.from)
        throw workflowError(
          req,
          409,
          transition.reviewer ? 'onlyInReview' : 'onlyDraftSubmits',
          { status },
          subject,
        )
      if (transition.reviewer) {
        if (role !== 'legal' && role !== 'admin')
          throw workflowError(req, 403, 'onlyLegalReviews', {}, subject)
        if (
          options.fourEyes &&
          doc.lastEditedBy != null &&
          idOf(doc.lastEditedBy) === String(req.user.id)
        )
          throw workflowError(
            req,
            403,
            action === 'approved' ? 'fourEyes' : 'fourEyesReview',
            {},
            subject,
          )
      }
      const { comment } = await readBody(req)
      if (action === 'changes-requested' && !comment)
        throw workflowError(req, 400, 'commentRequired')
      const step: ReviewStep = { action, comment }
      const saved = await target.save(req, id, transition.to, step)
      await notifyReviewStep(req, options, saved, step, subject)
      return Response.json(
        {
          id: saved.id,
          status: transition.to,
          message: statusLabel(transition.to, languageOf(req)),
        },
        { status: 200 },
      )
    } catch (error) {
      const { status, message } = error as { status?: unknown; message?: unknown }
      // Payload's errors carry a status; answer with it and the rule's own message.
      if (typeof status === 'number' && status >= 400 && status < 500)
        return fail(status, String(message))
      throw error
    }
  }
