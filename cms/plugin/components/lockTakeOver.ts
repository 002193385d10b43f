'use client'
import { createContext, useContext } from 'react'
// zod's mini build: this file is in every admin page's bundle, the full zod is ~150 KB of it.
import { z } from 'zod/mini'

/** Who took over the lock the user held on the open document, and when (an ISO date). */
export interface TakeOver {
  name: string
  since: string
}

export const TakeOverContext = createContext<TakeOver | null>(null)

/** The take-over the lock keeper noticed on the open document, or null. */
export const useLockTakeOver = (): TakeOver | null => useContext(TakeOverContext)

const id = z.union([z.string(), z.number()])

/** The lock endpoint's answer to a `hold` (locks/lockEndpoint.ts). */
export const holdAnswer = z.object({
  lock: z.nullable(id),
  holder: z.nullable(z.object({ lock: id, name: z.string(), since: z.string() })),
})
