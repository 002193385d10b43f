import { type CsvValue, toCsv } from './csv'

/**
 * The subprocessors as rows of the DORA register of information's provider template
 * (ITS (EU) 2024/2956, template B_05.01 "ICT third-party service providers"), columns in the
 * template's order, followed by what the template keeps elsewhere but customers ask for with it:
 * rank in the chain (B_05.02), function supported, countries of processing and of storage.
 * Values are plain text (e.g. "LEI"), not the taxonomy's xBRL codes; the financial entity fills
 * in what only it knows (currency and annual expense, c0090–c0100).
 */
export const DORA_COLUMNS = [
  'B_05.01.0010 Identification code of the ICT third-party service provider',
  'B_05.01.0020 Type of code to identify the ICT third-party service provider',
  'B_05.01.0030 Additional identification code of the ICT third-party service provider',
  'B_05.01.0040 Type of additional identification code',
  'B_05.01.0050 Legal name of the ICT third-party service provider',
  'B_05.01.0060 Name of the ICT third-party service provider in Latin alphabet',
  'B_05.01.0070 Type of person of the ICT third-party service provider',
  'B_05.01.0080 Country of the ICT third-party service provider’s headquarters',
  'B_05.01.0090 Currency of the amount reported in B_05.01.0100',
  'B_05.01.0100 Total annual expense or estimated cost of the ICT third-party service provider',
  'B_05.01.0110 Identification code of the ICT third-party service provider’s ultimate parent undertaking',
  'B_05.01.0120 Type of code to identify the ICT third-party service provider’s ultimate parent undertaking',
  'Rank in the sub-outsourcing chain (B_05.02.0050)',
  'Function supported',
  'ICT service / purpose',
  'Countries of processing',
  'Countries of data storage',
] as const

export interface DoraSubprocessor {
  name: string
  legalEntity?: string
  purpose: string
  locations: string[]
  dora?: {
    lei?: string
    headquartersCountry?: string
    storageLocations?: string[]
    functionSupported?: string
    chainRank?: number
  }
}

export function doraRow(s: DoraSubprocessor): CsvValue[] {
  const d = s.dora ?? {}
  const legalName = s.legalEntity ?? s.name
  return [
    d.lei,
    d.lei ? 'LEI' : '',
    '',
    '',
    legalName,
    legalName,
    'Legal person, excluding individuals acting in a business capacity',
    d.headquartersCountry,
    '',
    '',
    '',
    '',
    d.chainRank,
    d.functionSupported,
    s.purpose,
    s.locations.join(' '),
    (d.storageLocations ?? []).join(' '),
  ]
}

export const doraRegisterCsv = (subprocessors: DoraSubprocessor[]) =>
  toCsv([...DORA_COLUMNS], subprocessors.map(doraRow))
