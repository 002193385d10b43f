import type { ReviewStep } from './transitions'
import { relationId } from '../utilities/doc'

/**
 * The review history with one step added, as the hook writes it: earlier steps keep their
 * reviewer as an id (the stored document may carry them populated).
 */
export function appendReviewStep(
  original: Record<string, unknown> | undefined,
  step: ReviewStep,
  by: unknown,
): Array<Record<string, unknown>> {
  const log = Array.isArray(original?.reviewLog)
    ? (original.reviewLog as Array<Record<string, unknown>>)
    : []
  return [
    ...log.map((e) => ({ ...e, by: relationId(e.by) })),
    { action: step.action, by, at: new Date().toISOString(), comment: step.comment },
  ]
}
