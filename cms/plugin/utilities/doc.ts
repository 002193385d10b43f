/** A document as the plugin's code reads it where the generated types cannot follow (any slug). */
export type Doc = Record<string, unknown>

/** A relationship's id, whether the value is populated (a document) or not (the id). */
export const relationId = (value: unknown): string | number =>
  typeof value === 'object' && value
    ? (value as { id: string | number }).id
    : (value as string | number)

/** The same id as a string, for comparing ids of either database (numbers, ObjectId strings). */
export const idOf = (value: unknown): string => String(relationId(value))

/**
 * A relationship read with depth ≥ 1: the related document. Payload gives the id instead when the
 * document is gone or the reader may not see it; that is an error where the caller needs it.
 */
export function populated<T extends object>(
  value: T | string | number | null | undefined,
  what: string,
): T {
  if (typeof value === 'object' && value) return value
  throw new Error(`${what} ${String(value)} is not readable`)
}

/**
 * An id as the generated types spell it. They are generated on SQLite, so they say `number`; on
 * MongoDB ids are ObjectId strings, which Payload takes in the same places. This is the one cast
 * that bridges the two, for ids read from requests, job inputs or other documents.
 */
export const typedId = (id: string | number): number => id as number
