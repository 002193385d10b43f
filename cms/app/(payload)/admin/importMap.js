import { ImportDocument as ImportDocument_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { LockTakenOver as LockTakenOver_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { LocalLockDate as LocalLockDate_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { ReviewPanel as ReviewPanel_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { ProofOfNotice as ProofOfNotice_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { JsonTextField as JsonTextField_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { LazyRowsArrayField as LazyRowsArrayField_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { TomRowLabel as TomRowLabel_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { NewRevisionButton as NewRevisionButton_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { ConfirmingSaveButton as ConfirmingSaveButton_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { ConfirmingPublishButton as ConfirmingPublishButton_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { ObjectionsExport as ObjectionsExport_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { ReviewDashboard as ReviewDashboard_4d5992c560cf22ade46f617897eeddc3 } from '@trust-center/payload-plugin/rsc'
import { DocumentLockKeeper as DocumentLockKeeper_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@trust-center/payload-plugin/client#ImportDocument": ImportDocument_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#LockTakenOver": LockTakenOver_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#LocalLockDate": LocalLockDate_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#ReviewPanel": ReviewPanel_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#ProofOfNotice": ProofOfNotice_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#JsonTextField": JsonTextField_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#LazyRowsArrayField": LazyRowsArrayField_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#TomRowLabel": TomRowLabel_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#NewRevisionButton": NewRevisionButton_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#ConfirmingSaveButton": ConfirmingSaveButton_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#ConfirmingPublishButton": ConfirmingPublishButton_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#ObjectionsExport": ObjectionsExport_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/rsc#ReviewDashboard": ReviewDashboard_4d5992c560cf22ade46f617897eeddc3,
  "@trust-center/payload-plugin/client#DocumentLockKeeper": DocumentLockKeeper_d39271734362f5fee2aafbc3241a8b7c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
