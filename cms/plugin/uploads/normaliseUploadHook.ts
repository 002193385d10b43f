import { readFile } from 'node:fs/promises'
import type { CollectionBeforeOperationHook } from 'payload'
import { normaliseUpload, UnsupportedUploadError } from './normaliseUpload'
import { RequestRefused } from '../http/refused'

/**
 * Before Payload stores an upload, it is replaced by its normalised form (see normaliseUpload):
 * this runs for every way in — REST, GraphQL, the admin and the Local API.
 */
export const normaliseUploadHook: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  const file = req.file
  const data = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await readFile(file.tempFilePath)
      : file.data
  try {
    const normalised = await normaliseUpload({ ...file, data })
    req.file = { ...file, ...normalised, tempFilePath: undefined }
  } catch (error) {
    if (error instanceof UnsupportedUploadError) throw new RequestRefused(error.message, 415)
    throw error
  }
}
