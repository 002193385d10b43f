import { z } from 'zod'
import { companyContentSchema } from './contentSchema'
import { seedSummarySchema } from './seedSummary'

/** What goes over the IPC channel between seedContent.ts and a seeding process (seedWorker.ts): worker → coordinator. */
export const workerReportSchema = z.discriminatedUnion('type', [
  /** Payload is up; give me a company. */
  z.object({ type: z.literal('ready') }),
  /** The company given last is written; give me the next. */
  z.object({
    type: z.literal('seeded'),
    name: z.string(),
    toms: z.number().int(),
    subprocessors: z.number().int(),
    summary: seedSummarySchema,
  }),
  z.object({ type: z.literal('failed'), message: z.string() }),
])
export type WorkerReport = z.infer<typeof workerReportSchema>

/** Coordinator → worker: one checked company to write, or the end of the work. */
export const workerTaskSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('company'), file: z.string(), company: companyContentSchema }),
  z.object({ type: z.literal('end') }),
])
export type WorkerTask = z.input<typeof workerTaskSchema>
