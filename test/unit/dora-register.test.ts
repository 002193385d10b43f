import { describe, expect, it } from 'vitest'
import { parse as parseCsv } from 'csv-parse/sync'
import { doraRegisterCsv } from '../../cms/domain/doraRegister'

/**
 * The DORA CSV against the register of information (Implementing Regulation (EU) 2024/2956,
 * Annex I as corrected): template B_05.01's twelve columns in order, with the Annex's codes and
 * labels, then the columns from B_05.02 and B_02.02 and the two descriptive ones.
 */
const csv = doraRegisterCsv([
  {
    name: 'Cloudy',
    legalEntity: 'Cloudy AG',
    purpose: 'Hosting',
    locations: ['DE', 'FR'],
    dora: {
      lei: '506700GE1G29325QX363',
      headquartersCountry: 'NL',
      storageLocations: ['DE'],
      functionSupported: 'Payments platform',
      chainRank: 1,
    },
  },
  { name: 'Mailer Inc.', purpose: '=Mail', locations: ['US'] },
])
const [header, full, bare] = parseCsv(csv) as string[][]

describe('the DORA register CSV', () => {
  it('has the header row of template B_05.01, then the other templates’ columns', () => {
    expect(header).toEqual([
      'B_05.01.0010 Identification code of ICT third-party service provider',
      'B_05.01.0020 Type of code to identify the ICT third-party service provider',
      'B_05.01.0030 Additional identification code of ICT third-party service provider',
      'B_05.01.0040 Type of additional identification code of the ICT third-party service provider',
      'B_05.01.0050 Legal name of the ICT third-party service provider',
      'B_05.01.0060 Name of the ICT third-party service provider in Latin alphabet',
      'B_05.01.0070 Type of person of the ICT third-party service provider',
      'B_05.01.0080 Country of the ICT third-party service provider’s headquarters',
      'B_05.01.0090 Currency of the amount reported in B_05.01.0100',
      'B_05.01.0100 Total annual expense or estimated cost of the ICT third-party service provider',
      'B_05.01.0110 Identification code of the ICT third-party service provider’s ultimate parent undertaking',
      'B_05.01.0120 Type of code to identify the ICT third-party service provider’s ultimate parent undertaking',
      'B_05.02.0050 Rank',
      'Function supported (as the processor describes it)',
      'ICT service (as the processor describes it)',
      'B_02.02.0160 Location of management of the data (processing)',
      'B_02.02.0150 Location of the data at rest (storage)',
    ])
  })

  it('fills what the processor knows, counting the rank from the customer', () => {
    expect(full).toEqual([
      '506700GE1G29325QX363',
      'LEI',
      '',
      '',
      'Cloudy AG',
      'Cloudy AG',
      'Legal person, excluding individuals acting in a business capacity',
      'NL',
      '',
      '',
      '',
      '',
      '2', // the processor is rank 1 in its customer's register; its direct subprocessor rank 2
      'Payments platform',
      'Hosting',
      'DE FR',
      'DE',
    ])
  })

  it('leaves empty what was not given, and defuses formulas', () => {
    expect(bare!.slice(0, 2)).toEqual(['', ''])
    expect(bare![4]).toBe('Mailer Inc.')
    expect(bare!.slice(12)).toEqual(['', '', "'=Mail", 'US', ''])
  })
})
