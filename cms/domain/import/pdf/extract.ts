import { ParseError } from '../../parser/errors'
import { note } from '../notes'

/** One run of text on a page, in PDF points with y growing upwards (as the PDF states it). */
export interface PdfRun {
  text: string
  x: number
  y: number
  width: number
  /** Font size in points. */
  size: number
}

/** A small filled shape (a list bullet that Chromium or Word drew instead of writing a glyph). */
export interface PdfMark {
  x: number
  y: number
}

export interface PdfPage {
  number: number
  width: number
  height: number
  runs: PdfRun[]
  marks: PdfMark[]
}

export interface ExtractLimits {
  /** Pages read at most; longer documents are refused (a TOM annex has a few dozen). */
  maxPages: number
  /** The whole extraction is abandoned after this many milliseconds. */
  timeoutMs: number
}

export const DEFAULT_PDF_LIMITS: ExtractLimits = { maxPages: 300, timeoutMs: 30_000 }

type Matrix = [number, number, number, number, number, number]
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
]
const apply = (m: Matrix, x: number, y: number) =>
  [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const

/**
 * Small, roughly square filled paths: the bullets of lists that a browser prints as shapes. The
 * operator list is walked with the current transformation matrix so positions are page points.
 */
function bulletMarks(
  fnArray: number[],
  argsArray: unknown[],
  OPS: Record<string, number>,
): PdfMark[] {
  const marks: PdfMark[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const stack: Matrix[] = []
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[] | null
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix)
    else if (fn === OPS.constructPath && args) {
      const box = args[2] as ArrayLike<number> | null | undefined
      if (!box || box.length < 4) continue
      const [x0, y0] = apply(ctm, box[0]!, box[1]!)
      const [x1, y1] = apply(ctm, box[2]!, box[3]!)
      const w = Math.abs(x1 - x0)
      const h = Math.abs(y1 - y0)
      if (w >= 1.5 && h >= 1.5 && w <= 8 && h <= 8 && Math.abs(w - h) <= 1.5)
        marks.push({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 })
    }
  }
  return marks
}

type PdfJs = Awaited<ReturnType<typeof import('unpdf').getResolvedPDFJS>>
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>

/** Reads the text runs and bullet shapes of every page with pdf.js (through unpdf's build for servers). */
export async function extractPdf(
  bytes: Uint8Array,
  limits: ExtractLimits = DEFAULT_PDF_LIMITS,
): Promise<PdfPage[]> {
  const { getResolvedPDFJS } = await import('unpdf')
  const pdfjs = await getResolvedPDFJS()
  const OPS: Record<string, number> = pdfjs.OPS
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  })
  const deadline = timeoutAfter(limits.timeoutMs)
  try {
    return await Promise.race([
      task.promise.then((doc) => readPages(doc, limits, OPS)),
      deadline.promise,
    ])
  } catch (error) {
    throw pdfError(error)
  } finally {
    deadline.clear()
    await task.destroy().catch(() => {})
  }
}

/** A promise that fails with a ParseError after `ms`, unless cleared. */
function timeoutAfter(ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ParseError(1, note('pdfTimeout', { seconds: ms / 1000 }))),
      ms,
    )
  })
  return { promise, clear: () => clearTimeout(timer) }
}

async function readPages(
  doc: PdfDocument,
  limits: ExtractLimits,
  OPS: Record<string, number>,
): Promise<PdfPage[]> {
  if (doc.numPages > limits.maxPages)
    throw new ParseError(1, note('pdfTooManyPages', { pages: doc.numPages, max: limits.maxPages }))
  const pages: PdfPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    pages.push(await readPage(page, n, OPS))
    page.cleanup()
  }
  return pages
}

async function readPage(
  page: PdfPageProxy,
  number: number,
  OPS: Record<string, number>,
): Promise<PdfPage> {
  const [, , width = 595, height = 842] = page.view
  const content = await page.getTextContent({ disableNormalization: false })
  const runs: PdfRun[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue
    const [a, b, , d, e, f] = item.transform as number[]
    const size = Math.hypot(a!, b!) || Math.abs(d!) || item.height
    runs.push({ text: item.str, x: e!, y: f!, width: item.width, size })
  }
  const ops = await page.getOperatorList()
  return { number, width, height, runs, marks: bulletMarks(ops.fnArray, ops.argsArray, OPS) }
}

/** What pdf.js threw, as a ParseError the user can read. */
function pdfError(error: unknown): ParseError {
  if (error instanceof ParseError) return error
  const name = (error as { name?: string }).name
  if (name === 'PasswordException') return new ParseError(1, note('pdfPassword'))
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'MissingPDFException')
    return new ParseError(1, note('pdfDamaged', { reason: (error as Error).message }))
  return new ParseError(
    1,
    note('pdfUnreadable', { reason: (error as Error).message?.split('\n')[0] ?? String(error) }),
  )
}
