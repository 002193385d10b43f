/**
 * Notice periods for subprocessor changes (Art. 28(2) GDPR): customers are told in advance and
 * may object until the objection deadline. Framework-free; dates are YYYY-MM-DD (UTC days).
 */

const DAY = 86_400_000
export const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

export interface NoticeInput {
  /** The day customers were told (publication of the change). */
  announcedAt: string
  /** The company's notice period in days. */
  noticePeriodDays: number
  /** A later deadline the company grants; an earlier one is refused. */
  requestedDeadline?: string | null
  /** When the change takes effect, if the editor set it. */
  effectiveAt?: string | null
}

export interface Notice {
  announcedAt: string
  objectionDeadline: string
  effectiveAt: string
}

export class NoticeError extends Error {
  constructor(
    readonly field: 'objectionDeadline' | 'effectiveAt',
    message: string,
  ) {
    super(message)
    this.name = 'NoticeError'
  }
}

/**
 * The objection deadline is the announcement plus the notice period, or a later date if one is
 * given. A change takes effect no earlier than its deadline; without a date it takes effect then.
 */
export function computeNotice({
  announcedAt,
  noticePeriodDays,
  requestedDeadline,
  effectiveAt,
}: NoticeInput): Notice {
  const announced = announcedAt.slice(0, 10)
  const minimum = addDays(announced, noticePeriodDays)
  const requested = requestedDeadline?.slice(0, 10)
  if (requested && requested < minimum) {
    throw new NoticeError(
      'objectionDeadline',
      `The objection deadline must not be before ${minimum} (announcement ${announced} + ${noticePeriodDays} days notice).`,
    )
  }
  const objectionDeadline = requested ?? minimum
  const effective = effectiveAt?.slice(0, 10) ?? objectionDeadline
  if (effective < objectionDeadline) {
    throw new NoticeError(
      'effectiveAt',
      `The change cannot take effect before the objection deadline ${objectionDeadline}.`,
    )
  }
  return { announcedAt: announced, objectionDeadline, effectiveAt: effective }
}

/** Field-by-field differences between two public snapshots of a subprocessor. */
export function snapshotChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Array<{ field: string; from: unknown; to: unknown }> {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ field: f, from: before[f] ?? null, to: after[f] ?? null }))
}
