import { z } from 'zod'

/**
 * The operator of the trust center, for its imprint (Impressum, § 5 DDG), from the environment:
 * TRUSTCENTER_OPERATOR_NAME, _ADDRESS (lines separated by "\n" or "|"), _EMAIL, _PHONE,
 * _REPRESENTED_BY, _REGISTER, _VAT_ID. Without a name the imprint shows a placeholder, and the
 * build warns until it is set.
 */
export const operatorSchema = z.object({
  name: z.string().min(1),
  address: z.string().min(1),
  email: z.email(),
  phone: z.string().optional(),
  representedBy: z.string().optional(),
  register: z.string().optional(),
  vatId: z.string().optional(),
})
export type Operator = z.infer<typeof operatorSchema>

const VARS = {
  name: 'NAME',
  address: 'ADDRESS',
  email: 'EMAIL',
  phone: 'PHONE',
  representedBy: 'REPRESENTED_BY',
  register: 'REGISTER',
  vatId: 'VAT_ID',
} as const

/** The variables read, e.g. TRUSTCENTER_OPERATOR_NAME (an app's checked environment has them). */
export type OperatorEnv = {
  readonly [K in (typeof VARS)[keyof typeof VARS] as `TRUSTCENTER_OPERATOR_${K}`]?: string
}

/** The configured operator, undefined while none is configured; a partial or invalid configuration throws. */
export function operatorFromEnv(env: OperatorEnv): Operator | undefined {
  const raw = Object.fromEntries(
    Object.entries(VARS).map(([key, name]) => [
      key,
      env[`TRUSTCENTER_OPERATOR_${name}`]?.trim() || undefined,
    ]),
  )
  if (Object.values(raw).every((v) => v === undefined)) return undefined
  const parsed = operatorSchema.safeParse({
    ...raw,
    address: raw.address?.replace(/\s*\|\s*/g, '\n'),
  })
  if (!parsed.success) {
    const fields = parsed.error.issues.map(
      (i) => `TRUSTCENTER_OPERATOR_${VARS[i.path[0] as keyof typeof VARS]}: ${i.message}`,
    )
    throw new Error(
      `The operator configuration for the imprint is incomplete: ${fields.join('; ')}`,
    )
  }
  return parsed.data
}

export const PLACEHOLDER_WARNING =
  'Warning: the imprint (/about/imprint/) shows a placeholder. Set TRUSTCENTER_OPERATOR_NAME, TRUSTCENTER_OPERATOR_ADDRESS and TRUSTCENTER_OPERATOR_EMAIL (optional: _PHONE, _REPRESENTED_BY, _REGISTER, _VAT_ID) before publishing.'
