import type { Endpoint } from 'payload'
import type { SanitizedTrustCenterOptions } from '../../types'
import { takeStep } from './takeStep'

/** POST /api/tom-versions/:id/approve — Approve and publish (legal or admin, not the last editor): in-review → published. */
export const approveAndPublishEndpoint = (options: SanitizedTrustCenterOptions): Endpoint => ({
  path: '/:id/approve',
  method: 'post',
  handler: takeStep(options, 'approved'),
})
