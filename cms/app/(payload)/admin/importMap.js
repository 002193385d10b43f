import { NewRevisionButton as NewRevisionButton_ca01814d5cbeee172fdb8f847ce9b51a } from '../../../plugin/components/NewRevisionButton'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugin/components/NewRevisionButton#NewRevisionButton": NewRevisionButton_ca01814d5cbeee172fdb8f847ce9b51a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
