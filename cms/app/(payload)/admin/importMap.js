import { ImportDocument as ImportDocument_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { NewRevisionButton as NewRevisionButton_d39271734362f5fee2aafbc3241a8b7c } from '@trust-center/payload-plugin/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@trust-center/payload-plugin/client#ImportDocument": ImportDocument_d39271734362f5fee2aafbc3241a8b7c,
  "@trust-center/payload-plugin/client#NewRevisionButton": NewRevisionButton_d39271734362f5fee2aafbc3241a8b7c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
