import { z } from 'zod'

/** What seeding created and found already, per kind; also what a seeding process reports (seedMessages.ts). */
const countsSchema = z.object({ created: z.number().int(), existing: z.number().int() })
export const seedSummarySchema = z.object({
  companies: countsSchema,
  tomVersions: countsSchema,
  subprocessors: countsSchema,
})
export type SeedSummary = z.infer<typeof seedSummarySchema>

export const emptySummary = (): SeedSummary => ({
  companies: { created: 0, existing: 0 },
  tomVersions: { created: 0, existing: 0 },
  subprocessors: { created: 0, existing: 0 },
})

export function addSummaries(into: SeedSummary, add: SeedSummary): SeedSummary {
  for (const key of ['companies', 'tomVersions', 'subprocessors'] as const) {
    into[key].created += add[key].created
    into[key].existing += add[key].existing
  }
  return into
}
