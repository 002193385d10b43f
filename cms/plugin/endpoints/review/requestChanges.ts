import type { Endpoint } from 'payload'
import type { SanitizedTrustCenterOptions } from '../../types'
import { takeStep } from './takeStep'

/** POST /api/tom-versions/:id/request-changes — Request changes with a comment (legal or admin, not the last editor): in-review → draft. */
export const requestChangesEndpoint = (options: SanitizedTrustCenterOptions): Endpoint => ({
  path: '/:id/request-changes',
  method: 'post',
  handler: takeStep(options, 'changes-requested'),
})
