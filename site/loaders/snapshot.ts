/** `@trust-center/astro-loader/snapshot`: the CMS side, writing the published snapshot. */
export { writePublishedSnapshot, type SnapshotWritten } from './writeSnapshot'
export { readSnapshot, snapshotSchema, type PublishedSnapshot } from './snapshotFile'
