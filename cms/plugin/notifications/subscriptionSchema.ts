import { z } from 'zod'
import { SUBSCRIPTION_TOPICS } from '../collections/subscribers'

const noLineBreaks = (s: string) => !/[\r\n]/.test(s)

/** What a subscribe form may send. CR/LF anywhere is refused (header injection). */
export const subscribeRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .refine(noLineBreaks, 'line breaks are not allowed')
    .pipe(z.email('not a valid e-mail address')),
  company: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'unknown company'),
  topics: z
    .preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z.array(z.enum(SUBSCRIPTION_TOPICS)).min(1, 'choose at least one topic'),
    )
    .default(['subprocessors', 'toms']),
  locale: z.enum(['de', 'en']).default('de'),
})
