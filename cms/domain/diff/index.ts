export {
  diffVersions,
  type PreparedVersion,
  prepareVersion,
  REWORD_THRESHOLD,
} from './diffVersions'
export type { ChangeCounts, ControlDiff, MeasureDiff, TomDiff } from './types'
