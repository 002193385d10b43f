import type { PayloadRequest } from 'payload'
import type { WorkflowSubject } from '../../translations/workflowMessages'
import type { SanitizedTrustCenterOptions } from '../../types'
import { REVIEW_CONTEXT_KEY, type ReviewState, type ReviewStep } from '../../workflow/transitions'
import type { Doc } from '../../utilities/doc'

/**
 * What the review buttons act on. The state machine, roles, four-eyes rule and mails are the
 * same for every target; a target says how to read its review state and how to save a step —
 * always as the signed-in user, so the collection's hooks check the step like any other save.
 */
export interface ReviewTarget {
  subject: WorkflowSubject
  collection: string
  /** The document as a reviewer sees it (a pending change, if any) and its review state. */
  read(req: PayloadRequest, id: string): Promise<{ doc: Doc; state: string } | null>
  save(req: PayloadRequest, id: string, to: ReviewState, step: ReviewStep): Promise<Doc>
}

const asUser = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: false, user: req.user, req }) as const

/** A TOM version: its `status` is its review state. */
export const tomVersionTarget = (options: SanitizedTrustCenterOptions): ReviewTarget => {
  const collection = options.slugs.tomVersions
  return {
    subject: 'tomVersion',
    collection,
    async read(req, id) {
      const doc = await req.payload.findByID({
        collection,
        id,
        disableErrors: true,
        ...asUser(req),
      })
      return doc && { doc: { ...doc }, state: doc.status }
    },
    async save(req, id, to, step) {
      const saved = await req.payload.update({
        collection,
        id,
        data: { status: to },
        context: { [REVIEW_CONTEXT_KEY]: step },
        ...asUser(req),
      })
      return { ...saved }
    },
  }
}

/**
 * A subprocessor: its latest version is the pending change (a Payload draft) or the published
 * record. Submitting and sending back save a draft; approving publishes it.
 */
export const subprocessorTarget = (options: SanitizedTrustCenterOptions): ReviewTarget => {
  const collection = options.slugs.subprocessors
  return {
    subject: 'subprocessor',
    collection,
    async read(req, id) {
      const doc = await req.payload.findByID({
        collection,
        id,
        draft: true,
        disableErrors: true,
        ...asUser(req),
      })
      if (!doc) return null
      return {
        doc: { ...doc },
        state: doc._status === 'published' ? 'published' : (doc.reviewStatus ?? 'draft'),
      }
    },
    async save(req, id, to, step) {
      const publish = to === 'published'
      const saved = await req.payload.update({
        collection,
        id,
        data: publish ? { _status: 'published' as const } : {},
        draft: !publish,
        context: { [REVIEW_CONTEXT_KEY]: step },
        ...asUser(req),
      })
      return { ...saved }
    },
  }
}
