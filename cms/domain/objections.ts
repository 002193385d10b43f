import { randomInt } from 'node:crypto'

/**
 * Objections to subprocessor changes. Framework-free. The deadline is a day (YYYY-MM-DD): an
 * objection is in time until the end of that day (UTC), the day the site and feeds state.
 */
export function objectionOpen(
  event: { material: boolean; objectionDeadline?: string | null },
  now: Date,
): boolean {
  if (!event.material || !event.objectionDeadline) return false
  return now.toISOString().slice(0, 10) <= event.objectionDeadline.slice(0, 10)
}

/** Unambiguous letters and digits (no 0/O, 1/I/L) for numbers people read out on the phone. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A receipt number such as "E-20261202-7K4M-Q2XR": the day of confirmation and 8 random characters. */
export function receiptNumber(now: Date): string {
  const random = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return `E-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${random.slice(0, 4)}-${random.slice(4)}`
}
