import { type CsvValue, toCsv } from './csv'

/**
 * The subprocessors as rows for the DORA register of information (Commission Implementing
 * Regulation (EU) 2024/2956, Annex I). Columns 1–12 are template B_05.01 "ICT third-party
 * service providers" in its order, headed by code and label as the Annex words them (c0090 as
 * corrected: it refers to c0100); then what the register keeps in other templates but customers ask for with it: the rank
 * in the supply chain (B_05.02.0050, counted from the customer: the processor is rank 1, so its
 * direct subprocessors are rank 2), and the locations of processing and storage (B_02.02.0160,
 * B_02.02.0150); and two descriptive columns no template has a free-text place for. Values are
 * plain text (e.g. "LEI"), not the taxonomy's xBRL codes; the financial entity fills in what only
 * it knows (currency and annual expense, c0090–c0100). docs/integrators.md has the mapping.
 */
export const DORA_COLUMNS = [
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
    // The processor's own subprocessors are rank 2 in its customer's register.
    d.chainRank == null ? undefined : d.chainRank + 1,
    d.functionSupported,
    s.purpose,
    s.locations.join(' '),
    (d.storageLocations ?? []).join(' '),
  ]
}

export const doraRegisterCsv = (subprocessors: DoraSubprocessor[]) =>
  toCsv([...DORA_COLUMNS], subprocessors.map(doraRow))
