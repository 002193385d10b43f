import type { Endpoint } from 'payload'
import type { SanitizedTrustCenterOptions } from '../../types'
import { subprocessorSummaryEndpoint } from './subprocessorSummary'
import { subprocessorTarget } from './targets'
import { takeStep } from './takeStep'

/**
 * The review buttons of a subprocessor change, as for TOM versions:
 * POST /api/subprocessors/:id/submit, /approve, /request-changes (`{ "comment": "…" }`) and
 * GET /api/subprocessors/:id/review.
 */
export const subprocessorReviewEndpoints = (options: SanitizedTrustCenterOptions): Endpoint[] => {
  const target = subprocessorTarget(options)
  return [
    { path: '/:id/submit', method: 'post', handler: takeStep(options, 'submitted', target) },
    { path: '/:id/approve', method: 'post', handler: takeStep(options, 'approved', target) },
    {
      path: '/:id/request-changes',
      method: 'post',
      handler: takeStep(options, 'changes-requested', target),
    },
    subprocessorSummaryEndpoint(options),
  ]
}
