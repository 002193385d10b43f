/** The core's data types only (no runtime code): TOM documents, parse results, published data, diffs. */
export type { CategoryKey, CategoryDefinition, CategoryKind } from './taxonomy'
export type {
  Measure,
  MeasureGroup,
  Control,
  Section,
  TomDocument,
  ParseWarning,
  UnparsedLine,
  ParseReport,
  ParseResult,
} from './tom-schema'
export type {
  PublishedCompany,
  PublishedTomVersion,
  PublishedSubprocessor,
  PublishedSubprocessorEvent,
  SubprocessorList,
} from './published-schema'
export type { VersionContent } from './version-content'
export type { TransferSafeguard } from './safeguards'
export type { ChangeCounts, ControlDiff, MeasureDiff, TomDiff } from './diff/index'
