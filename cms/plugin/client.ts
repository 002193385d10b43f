'use client'
/**
 * The plugin's admin components, referenced by package path from its collections
 * (`@trust-center/payload-plugin/client#ImportDocument`) so any app's import map resolves them.
 */
export { ImportDocument } from './components/ImportDocument'
export { NewRevisionButton } from './components/NewRevisionButton'
export { ReviewPanel } from './components/ReviewPanel'
export { JsonTextField } from './components/JsonTextField'
export { ProofOfNotice } from './components/ProofOfNotice'
export { ObjectionsExport } from './components/ObjectionsExport'
export { TomRowLabel } from './components/TomRowLabel'
export { LazyRowsArrayField } from './components/LazyRowsArrayField'
export { DocumentLockKeeper } from './components/DocumentLockKeeper'
export { LockTakenOver } from './components/LockTakenOver'
export { LocalLockDate } from './components/LocalLockDate'
export { ConfirmingPublishButton, ConfirmingSaveButton } from './components/ConfirmPublication'
