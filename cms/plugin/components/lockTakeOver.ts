'use client'
import { createContext, useContext } from 'react'
import { z } from 'zod'

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
  lock: id.nullable(),
  holder: z.object({ lock: id, name: z.string(), since: z.string() }).nullable(),
})
