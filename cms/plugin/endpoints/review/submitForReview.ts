import type { Endpoint } from 'payload'
import type { SanitizedTrustCenterOptions } from '../../types'
import { takeStep } from './takeStep'

/** POST /api/tom-versions/:id/submit — Submit for review (editor, legal or admin): draft → in-review. */
export const submitForReviewEndpoint = (options: SanitizedTrustCenterOptions): Endpoint => ({
  path: '/:id/submit',
  method: 'post',
  handler: takeStep(options, 'submitted'),
})
