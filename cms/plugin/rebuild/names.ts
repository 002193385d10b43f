export const REBUILD_TASK = 'trustCenterRebuild'
/** A queue of its own: a build takes minutes and must not hold up the mail deliveries. */
export const REBUILD_QUEUE = 'trust-center-rebuild'
