import { z } from 'zod'
import { CATEGORY_KEYS } from './taxonomy'

/**
 * The structure of one TOM version (docs/architecture.md, "Domain model and rules"). This zod schema is the single source of the
 * types that cross boundaries: parser output, the Payload import, the site loader.
 */

export const categoryKeySchema = z.enum(CATEGORY_KEYS)

export const measureSchema = z.object({
  /** The measure as the document states it (a bullet, or a table row's first column). */
  text: z.string().min(1),
  /** A table row's second column, or further explanation. */
  detail: z.string().optional(),
  /** The document describes this control in prose, not as a list: the paragraph is the measure. */
  prose: z.boolean().optional(),
})

export const groupSchema = z.object({
  /** The scope the measures apply to, e.g. "In Datenzentren" or "Betriebssystemebene". */
  label: z.string().min(1),
  number: z.string().optional(),
  text: z.string().optional(),
  /** Column headings of a table in this group ("Maßnahmen", "Beschreibung"). */
  columns: z.array(z.string()).optional(),
  measures: z.array(measureSchema),
  /** Paragraphs that follow the measures. */
  note: z.string().optional(),
})

export const controlSchema = z.object({
  heading: z.string().min(1),
  number: z.string().optional(),
  category: categoryKeySchema,
  /** Further categories when a heading covers several ("Zugangs- und Zugriffskontrolle"). */
  alsoCovers: z.array(categoryKeySchema).optional(),
  legalBasis: z.string().optional(),
  /** True when the document puts measures directly under a section heading. */
  implicit: z.boolean().optional(),
  text: z.string().optional(),
  columns: z.array(z.string()).optional(),
  measures: z.array(measureSchema),
  note: z.string().optional(),
  groups: z.array(groupSchema),
})

export const sectionSchema = z.object({
  heading: z.string().min(1),
  number: z.string().optional(),
  category: categoryKeySchema,
  alsoCovers: z.array(categoryKeySchema).optional(),
  legalBasis: z.string().optional(),
  text: z.string().optional(),
  controls: z.array(controlSchema),
})

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')

export const tomDocumentSchema = z.object({
  title: z.string().min(1),
  /** Paragraphs before the first section. */
  preamble: z.string().optional(),
  sections: z.array(sectionSchema).min(1),
  /** Paragraphs after the last section (place and date, signatures). */
  closing: z.string().optional(),
  effectiveDate: isoDateSchema.nullable(),
})

/** `page` is set for paged sources (PDF); `line` then counts lines on that page. */
/** What the importer says, as data (import/notes.ts): rendered in the reader's language by the admin. */
export const noteFields = {
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
}

export const parseWarningSchema = z.object({
  line: z.number().int().positive(),
  page: z.number().int().positive().optional(),
  ...noteFields,
})

export const unparsedLineSchema = z.object({
  line: z.number().int().positive(),
  page: z.number().int().positive().optional(),
  text: z.string(),
  ...noteFields,
})

export const LINE_KINDS = [
  'heading',
  'group',
  'measure',
  'text',
  'metadata',
  'skipped',
  'unparsed',
] as const

/** What the parser made of the document: every non-blank source line is counted under one kind. */
export const parseReportSchema = z.object({
  counts: z.object({
    sections: z.number(),
    controls: z.number(),
    groups: z.number(),
    measures: z.number(),
    warnings: z.number(),
  }),
  lines: z.object({
    total: z.number(),
    ...(Object.fromEntries(LINE_KINDS.map((k) => [k, z.number()])) as Record<
      (typeof LINE_KINDS)[number],
      z.ZodNumber
    >),
  }),
})

export const parseResultSchema = z.object({
  document: tomDocumentSchema,
  warnings: z.array(parseWarningSchema),
  /** Source lines that carry no content (separators, page numbers, footers); listed so nothing vanishes unseen. */
  skipped: z.array(parseWarningSchema),
  /** Source lines with content the parser could not place; the editor decides. */
  unparsed: z.array(unparsedLineSchema),
  report: parseReportSchema,
})

export type Measure = z.infer<typeof measureSchema>
export type MeasureGroup = z.infer<typeof groupSchema>
export type Control = z.infer<typeof controlSchema>
export type Section = z.infer<typeof sectionSchema>
export type TomDocument = z.infer<typeof tomDocumentSchema>
export type ParseWarning = z.infer<typeof parseWarningSchema>
export type UnparsedLine = z.infer<typeof unparsedLineSchema>
export type ParseReport = z.infer<typeof parseReportSchema>
export type ParseResult = z.infer<typeof parseResultSchema>
