export { importDocument, type DocumentImport } from './importDocument'
export { readDocument, detectFormat, DOCUMENT_FORMATS, type DocumentFormat } from './readDocument'
export { decodeText } from './decodeText'
export { htmlToText } from './html'
export { suggestMetadata, type MetadataSuggestions } from './metadata'
export { readSubprocessorList } from './subprocessors/readSubprocessorList'
export { parseSubprocessorList } from './subprocessors/parseSubprocessorList'
export { checkZip, DEFAULT_ZIP_LIMITS } from './docx/checkZip'
export {
  dropControl,
  dropMeasure,
  mergeWithPrevious,
  setTitle,
  type MeasurePath,
  type PreviewState,
} from './editPreview'
