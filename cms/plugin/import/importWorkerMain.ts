/**
 * The import process (see readUploadIsolated.ts): says it is ready once its code is loaded,
 * reads the one uploaded document sent over IPC, sends the result back and exits. It runs with
 * a small heap and is killed at a time limit, so a zip bomb or a document that parses slowly
 * ends this process, never the CMS.
 */
import { readUpload, type UploadKind } from './readUpload'

process.once(
  'message',
  async ({ kind, bytes, filename }: { kind: UploadKind; bytes: Uint8Array; filename: string }) => {
    const result = await readUpload(kind, bytes, filename)
    process.send!(result, () => process.exit(0))
  },
)
process.send!({ ready: true })
// A spare whose CMS has gone has nobody to answer.
process.once('disconnect', () => process.exit(0))
