import { ImportDocument as ImportDocument_b752d9637ad61e3945914d18e10af9a4 } from '../../../plugin/components/ImportDocument'
import { NewRevisionButton as NewRevisionButton_ca01814d5cbeee172fdb8f847ce9b51a } from '../../../plugin/components/NewRevisionButton'
import { ProofOfNotice as ProofOfNotice_489b0c215801675642036de817e784c4 } from '../../../plugin/components/ProofOfNotice'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugin/components/ImportDocument#ImportDocument": ImportDocument_b752d9637ad61e3945914d18e10af9a4,
  "/plugin/components/NewRevisionButton#NewRevisionButton": NewRevisionButton_ca01814d5cbeee172fdb8f847ce9b51a,
  "/plugin/components/ProofOfNotice#ProofOfNotice": ProofOfNotice_489b0c215801675642036de817e784c4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
