export { parseTom } from './parse.js'
export { decodeDocument } from './decode.js'
export { ParseError } from './errors.js'
export { categorize } from './categorize.js'
