import { ImportDocument as ImportDocument_b752d9637ad61e3945914d18e10af9a4 } from '../../../plugin/components/ImportDocument'
import { ReviewPanel as ReviewPanel_058a733b20f676bed2d8463ff40b7e2b } from '../../../plugin/components/ReviewPanel'
import { JsonTextField as JsonTextField_ec285ec573a3d489fc1de2185832b324 } from '../../../plugin/components/JsonTextField'
import { NewRevisionButton as NewRevisionButton_ca01814d5cbeee172fdb8f847ce9b51a } from '../../../plugin/components/NewRevisionButton'
import { ReviewDashboard as ReviewDashboard_ec1b15d201cba868fe8e50dbbf08090d } from '../../../plugin/components/ReviewDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugin/components/ImportDocument#ImportDocument": ImportDocument_b752d9637ad61e3945914d18e10af9a4,
  "/plugin/components/ReviewPanel#ReviewPanel": ReviewPanel_058a733b20f676bed2d8463ff40b7e2b,
  "/plugin/components/JsonTextField#JsonTextField": JsonTextField_ec285ec573a3d489fc1de2185832b324,
  "/plugin/components/NewRevisionButton#NewRevisionButton": NewRevisionButton_ca01814d5cbeee172fdb8f847ce9b51a,
  "/plugin/components/ReviewDashboard#ReviewDashboard": ReviewDashboard_ec1b15d201cba868fe8e50dbbf08090d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
