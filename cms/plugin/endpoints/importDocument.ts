import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { subprocessorDraftSchema } from '@trust-center/core/import/subprocessors/schema'
import { tomDocumentSchema } from '@trust-center/core/tom-schema'
import { roleOf } from '../access/roles'
import { BodyTooLargeError, readLimitedBody } from '../http/readLimitedBody'
import type { ReadUploadResult } from '../import/readUpload'
import { ImportLimitError, readUploadIsolated } from '../import/readUploadIsolated'
import type { SanitizedTrustCenterOptions } from '../types'
import { fail } from './respond'
import { importSubprocessors } from '../utilities/importSubprocessors'
import { importTomVersion } from '../utilities/importTomVersion'
import { IMPORT_TEXTS, type ImportTexts } from '../translations/importPanel'
import { languageOf } from '../translations/language'
import { renderNote } from '../translations/importNotes'

/** An upload as base64 or pasted text — JSON keeps the endpoint usable from the admin and from scripts. */
const importRequestSchema = z
  .object({
    kind: z.enum(['toms', 'subprocessors']),
    mode: z.enum(['preview', 'create']),
    filename: z.string().max(255).optional(),
    text: z.string().max(10_000_000).optional(),
    base64: z.string().max(14_000_000).optional(),
    /** The TOM version's effective date; default: the date the document states, else today. */
    effectiveDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** `create` after the editor changed the preview (title, dropped or merged items): the structure to store. */
    document: tomDocumentSchema.optional(),
    /** `create` for a subprocessor list after the editor dropped or corrected entries. */
    entries: z.array(subprocessorDraftSchema).max(2000).optional(),
  })
  .refine((b) => Boolean(b.text) !== Boolean(b.base64), {
    message: 'Send either "text" (pasted) or "base64" (an uploaded file).',
  })

type ImportRequest = z.infer<typeof importRequestSchema>

/** The largest request: a base64 upload at its limit plus the JSON around it. */
const MAX_IMPORT_BODY_BYTES = 16_000_000

async function readBody(req: PayloadRequest): Promise<ImportRequest | Response> {
  let raw: string
  try {
    raw = (await readLimitedBody(req, MAX_IMPORT_BODY_BYTES)).toString('utf8')
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return fail(413, `${error.message} Documents up to 10 MB can be imported.`)
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return fail(400, 'Send a JSON body.')
  }
  const parsed = importRequestSchema.safeParse(json)
  if (!parsed.success)
    return fail(
      400,
      parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    )
  return parsed.data
}

const today = () => new Date().toISOString().slice(0, 10)

/**
 * POST /api/companies/:id/import — "Import document" in the admin. `mode: preview` parses and
 * returns the structure, report, warnings, unparsed lines and suggestions without writing;
 * `mode: create` makes a draft TOM version (or draft subprocessors) of the company.
 */
export const importDocumentEndpoint = (options: SanitizedTrustCenterOptions): Endpoint => ({
  path: '/:id/import',
  method: 'post',
  handler: async (req) => {
    if (!roleOf(req)) return fail(401, 'Sign in to import documents.')
    const id = req.routeParams?.id as string
    const company = await req.payload.findByID({
      collection: options.slugs.companies,
      id,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!company) return fail(404, `No company ${id}.`)
    const body = await readBody(req)
    if (body instanceof Response) return body
    const bytes = body.base64
      ? Uint8Array.from(Buffer.from(body.base64, 'base64'))
      : new TextEncoder().encode(body.text!)
    const filename = body.filename ?? (body.text ? 'pasted text' : 'upload')
    const t = IMPORT_TEXTS[languageOf(req)]
    const named = body.filename ?? (body.text ? t.pastedText : filename) // in messages
    const upload: Upload = { req, options, body, companyId: company.id, filename, t }
    try {
      // Parsing runs in a child process with memory and time limits: a hostile document stops only it.
      const read = await readUploadIsolated(body.kind, bytes, filename, options.importLimits)
      if (!read.ok)
        return fail(
          422,
          read.code && read.line
            ? t.refused(named, read.line, renderNote(read, t.language))
            : read.message,
        )
      if (read.kind === 'subprocessors') return await subprocessorList(upload, read.list)
      return await tomDocument(upload, read.imported)
    } catch (error) {
      return importFailure(error, named, t)
    }
  },
})

/** One request's upload, read and checked, with what answering it needs. */
interface Upload {
  req: PayloadRequest
  options: SanitizedTrustCenterOptions
  body: ImportRequest
  companyId: number | string
  filename: string
  t: ImportTexts
}

type Read = Extract<ReadUploadResult, { ok: true }>

async function subprocessorList(
  { req, options, body, companyId, filename, t }: Upload,
  list: Extract<Read, { kind: 'subprocessors' }>['list'],
): Promise<Response> {
  if (body.mode === 'preview') return Response.json({ kind: body.kind, ...list })
  const created = await importSubprocessors({
    payload: req.payload,
    companyId,
    entries: body.entries ?? list.entries,
    source: filename,
    collection: options.slugs.subprocessors,
    req,
    user: req.user,
  })
  return Response.json(
    {
      kind: body.kind,
      ...created,
      message: t.subprocessorsCreated(created.created.length, created.skipped.length),
    },
    { status: 201 },
  )
}

async function tomDocument(
  { req, options, body, companyId, filename, t }: Upload,
  imported: Extract<Read, { kind: 'toms' }>['imported'],
): Promise<Response> {
  if (body.mode === 'preview') return Response.json({ kind: body.kind, ...imported })
  const fallback = today()
  const result = await importTomVersion({
    effectiveDate: body.effectiveDate,
    payload: req.payload,
    companyId,
    text: imported.text,
    // The editor's version of the structure when the preview was edited; the source stays the file's.
    parsed: body.document ? { ...imported.result, document: body.document } : imported.result,
    filename,
    status: 'draft',
    fallbackEffectiveDate: fallback,
    collection: options.slugs.tomVersions,
    req,
    user: req.user,
  })
  const stored = body.document ?? imported.result.document
  const measures = stored.sections
    .flatMap((s) => s.controls)
    .reduce(
      (n, c) => n + c.measures.length + c.groups.reduce((m, g) => m + g.measures.length, 0),
      0,
    )
  const message = result.created
    ? t.draftCreated(result.version, measures)
    : t.importedBefore(result.version)
  return Response.json(
    {
      kind: body.kind,
      ...result,
      effectiveDate: body.effectiveDate ?? imported.result.document.effectiveDate ?? fallback,
      message,
    },
    { status: result.created ? 201 : 200 },
  )
}

/** A limit the parser hit, or a validation error, as an answer; anything else is thrown on. */
function importFailure(error: unknown, named: string, t: ImportTexts): Response {
  if (error instanceof ImportLimitError)
    return fail(
      error.status,
      'seconds' in error.limit
        ? t.tooSlow(named, error.limit.seconds)
        : t.tooLarge(named, error.limit.mb),
    )
  // A validation error, recognised by shape: say which rule the draft broke, not only which field.
  const details = (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data
    ?.errors
  if (Array.isArray(details) && details.every((d) => typeof d?.message === 'string'))
    return fail(400, details.map((e) => `${e.path}: ${e.message}`).join('; '))
  throw error
}
