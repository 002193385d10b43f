export { parseTom } from './parse'
export { decodeDocument } from './decode'
export { ParseError } from './errors'
export { categorize } from './categorize'
