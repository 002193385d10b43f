import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { ImportLimits } from '../types'
import type { ReadUploadResult, UploadKind } from './readUpload'

/** Why a document was refused before it was parsed to the end: what the endpoint answers. */
export class ImportLimitError extends Error {
  constructor(
    readonly status: 413 | 422,
    message: string,
    /** What was exceeded, for the answer in the user's language (endpoints/importDocument.ts). */
    readonly limit: { seconds: number } | { mb: number },
  ) {
    super(message)
  }
}

/** Loading the import code (tsx compiles it) on a busy machine; not part of the document's time. */
const STARTUP_TIMEOUT_MS = 60_000

/**
 * The import process's file, found through the package from the app's working directory, not
 * from this module: inside the Next.js server bundle this module lives elsewhere.
 */
const MAIN = () =>
  path.join(
    path.dirname(
      createRequire(path.join(process.cwd(), 'noop.js')).resolve(
        '@trust-center/payload-plugin/package.json',
      ),
    ),
    'import/importWorkerMain.ts',
  )

interface ImportProcess {
  child: ChildProcess
  stderr(): string
}

/** Starts an import process and resolves once its code is loaded. */
function startProcess(memoryMb: number): Promise<ImportProcess> {
  // spawn with an IPC channel rather than fork(): Next's bundler tries to resolve fork()'s
  // file as a module of the server bundle and fails the admin build.
  const args = ['--import', 'tsx', `--max-old-space-size=${memoryMb}`, MAIN()]
  const child = spawn(process.execPath, args, {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString('utf8')
  })
  // Waiting as a spare must not keep the CMS (or a test) alive; taken, it is referenced again.
  child.unref()
  child.channel?.unref()
  const { stderr: pipe } = child
  if (pipe && 'unref' in pipe && typeof pipe.unref === 'function') pipe.unref()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STARTUP_TIMEOUT_MS)
    child.once('message', () => {
      clearTimeout(timer)
      resolve({ child, stderr: () => stderr })
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(
        new Error(
          `The import process ended while starting (${signal ?? `exit code ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' ')}`,
        ),
      )
    })
  })
}

/**
 * One process is kept started ahead, so an import does not wait for the code to load (seconds
 * on a busy machine); each process reads one document and ends.
 */
let spare: { memoryMb: number; ready: Promise<ImportProcess> } | undefined
function takeProcess(memoryMb: number): Promise<ImportProcess> {
  const taken = spare?.memoryMb === memoryMb ? spare.ready : startProcess(memoryMb)
  spare = { memoryMb, ready: startProcess(memoryMb) }
  spare.ready.catch(() => (spare = undefined))
  return taken
}

/**
 * Reads an uploaded document in a child process with a heap limit and a time limit: the
 * request thread stays free (the admin keeps answering) and a hostile document costs at most
 * the limits. A process, not a worker thread: some V8 out-of-memory paths (a regular expression
 * over a 200 MB string) abort the whole process, which must not be the CMS.
 */
export async function readUploadIsolated(
  kind: UploadKind,
  bytes: Uint8Array,
  filename: string,
  limits: ImportLimits, // the plugin's `importLimits` option
): Promise<ReadUploadResult> {
  const { child, stderr } = await takeProcess(limits.memoryMb)
  child.ref()
  child.channel?.ref()
  return new Promise((resolve, reject) => {
    let result: ReadUploadResult | undefined
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, limits.timeoutMs)
    child.once('message', (message) => (result = message as ReadUploadResult))
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (result) return resolve(result)
      if (timedOut)
        return reject(
          new ImportLimitError(
            422,
            `${filename}: reading this document took longer than ${Math.round(limits.timeoutMs / 1000)} s and was stopped. It is probably nested too deeply or far larger than a TOM document; save it as plain text, Markdown or a simpler .docx and try again.`,
            { seconds: Math.round(limits.timeoutMs / 1000) },
          ),
        )
      if (/heap out of memory|Reached heap limit/i.test(stderr()))
        return reject(
          new ImportLimitError(
            413,
            `${filename}: this document needs more than ${limits.memoryMb} MB of memory to read (unpacked it is far larger than a TOM document) and was refused.`,
            { mb: limits.memoryMb },
          ),
        )
      reject(
        new Error(
          `The import process ended (${signal ?? `exit code ${code}`}) before answering: ${stderr().trim().split('\n').slice(-3).join(' ')}`,
        ),
      )
    })
    child.send({ kind, bytes, filename })
  })
}
