import {
  APIError,
  AuthenticationError,
  ErrorDeletingFile,
  FileRetrievalError,
  FileUploadError,
  Forbidden,
  Locked,
  LockedAuth,
  MissingFile,
  NotFound,
  QueryError,
  UnverifiedEmail,
  ValidationError,
} from 'payload'

const PAYLOAD_ERRORS = {
  APIError,
  AuthenticationError,
  ErrorDeletingFile,
  FileRetrievalError,
  FileUploadError,
  Forbidden,
  Locked,
  LockedAuth,
  MissingFile,
  NotFound,
  QueryError,
  UnverifiedEmail,
  ValidationError,
}

/**
 * Payload decides how to log an error by its name (`config.loggingLevels`: NotFound and Forbidden
 * at "info" without a stack trace, a wrong password's AuthenticationError turned off by the
 * plugin) and names each error after its class (`this.constructor.name`). The admin's production
 * build minifies class names — AuthenticationError is `tu` there — so none of those settings
 * applied in production and every such error was logged with its stack. Giving the classes their
 * names back (a function's `name` is configurable) makes the settings work as documented. Runs
 * for the copy of Payload this module is bundled with; each server bundle builds the config, so
 * each copy is named.
 */
export function restorePayloadErrorNames(): void {
  for (const [name, errorClass] of Object.entries(PAYLOAD_ERRORS))
    if (errorClass.name !== name) Object.defineProperty(errorClass, 'name', { value: name })
}
