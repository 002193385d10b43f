import type { Field } from 'payload'
import { validateCountryCodes, validateLei } from './validators'

/**
 * Optional DORA register-of-information data of a subprocessor (Regulation (EU) 2022/2554,
 * ITS (EU) 2024/2956): what financial-sector customers need for their register of ICT providers.
 * Published with the subprocessor and as /{company}/subprocessors/dora-register.csv.
 */
export const doraFields: Field = {
  name: 'dora',
  type: 'group',
  label: 'DORA register of information (optional)',
  admin: { description: 'For customers in the financial sector. Leave empty when not known.' },
  fields: [
    {
      name: 'lei',
      type: 'text',
      label: 'LEI',
      validate: validateLei,
      admin: { description: 'Legal Entity Identifier (ISO 17442), e.g. 506700GE1G29325QX363.' },
    },
    {
      name: 'headquartersCountry',
      type: 'text',
      label: 'Country of headquarters',
      validate: validateCountryCodes,
      admin: { description: 'ISO 3166-1 alpha-2, e.g. DE.' },
    },
    {
      name: 'storageLocations',
      type: 'text',
      hasMany: true,
      label: 'Countries of data storage',
      validate: validateCountryCodes,
      admin: {
        description:
          'Where data is stored (at rest); the processing locations above say where it is processed.',
      },
    },
    {
      name: 'functionSupported',
      type: 'text',
      label: 'Function supported',
      admin: {
        description:
          'The business function this ICT service supports, e.g. "Payment processing", "E-mail".',
      },
    },
    {
      name: 'chainRank',
      type: 'number',
      min: 1,
      max: 20,
      label: 'Rank in the sub-outsourcing chain',
      admin: {
        description:
          '1 = engaged by us directly for the customer’s service; 2 = engaged by a rank-1 provider; … (the DORA CSV adds 1: in the customer’s register we are rank 1)',
      },
    },
  ],
}

/**
 * EU Data Act Art. 28: a provider of data processing services discloses the jurisdiction of the
 * ICT infrastructure it uses and the measures it takes against unlawful international
 * governmental access to non-personal data. Optional; shown on the company's page when set.
 */
export const dataActFields: Field = {
  name: 'dataAct',
  type: 'group',
  label: 'EU Data Act Art. 28 disclosure (optional)',
  fields: [
    {
      name: 'infrastructureCountries',
      type: 'text',
      hasMany: true,
      label: 'Jurisdictions of the ICT infrastructure',
      validate: validateCountryCodes,
      admin: {
        description:
          'ISO 3166-1 alpha-2 codes of the countries whose law applies to the infrastructure used, e.g. DE, IE.',
      },
    },
    { name: 'jurisdictionNote', type: 'textarea', label: 'Jurisdiction, explained' },
    {
      name: 'accessSafeguards',
      type: 'textarea',
      label: 'Measures against unlawful international governmental access',
    },
  ],
}
