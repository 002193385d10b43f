'use client'
import { useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { type ReactNode, useEffect, useState } from 'react'
import { holdAnswer, type TakeOver, TakeOverContext } from './lockTakeOver'

/**
 * How often an open edit view says its user is still there and asks who holds the lock (locks
 * last 90 s, LOCK_SECONDS; the server rewrites a held lock only every 20 s, so this stays cheap).
 */
const HEARTBEAT_MS = 5_000

/**
 * Keeps a document lock exactly as long as its holder has the document open (Payload refreshes a
 * lock only when the form changes, so a holder who read for 90 s lost it while the record stayed,
 * and a colleague saw no "Document locked"; and it unlocks only when someone leaves inside the
 * admin with unsaved changes). Here the lock is refreshed while the edit view is open, and ends
 * when its holder leaves the view in any way or closes the tab (a beacon on `pagehide`).
 * The server only ever touches the signed-in user's own lock (locks/lockEndpoint.ts).
 * When a colleague takes the lock over (Payload's "Take over" keeps the lock and changes its
 * user), the edit view learns it within seconds: LockTakenOver reads it from the context.
 */
export function DocumentLockKeeper({ children }: { children?: ReactNode }) {
  const { config } = useConfig()
  const pathname = usePathname()
  const [takenOver, setTakenOver] = useState<TakeOver | null>(null)
  const admin = config.routes.admin
  const endpoint = `${config.serverURL}${config.routes.api}/trust-center/document-lock`
  const rest = pathname.slice(admin.length).split('/').filter(Boolean)
  // an edit view: /collections/<slug>/<id> (not "create", not a sub-view like /versions)
  const doc =
    rest.length === 3 && rest[0] === 'collections' && rest[2] !== 'create'
      ? JSON.stringify({ collection: rest[1], id: rest[2] })
      : null

  useEffect(() => {
    setTakenOver(null)
    if (!doc) return
    const send = (action: 'hold' | 'release') =>
      fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        keepalive: true,
        body: JSON.stringify({ ...JSON.parse(doc), action }),
      }).catch(() => undefined)
    let mine: number | string | null = null // the lock this user held here
    const hold = async () => {
      const response = await send('hold')
      if (!response?.ok) return
      const answer = holdAnswer.safeParse(await response.json().catch(() => null))
      if (!answer.success) return
      const { lock, holder } = answer.data
      if (lock !== null) mine = lock
      else if (holder && mine !== null && String(holder.lock) === String(mine)) {
        mine = null
        setTakenOver({ name: holder.name, since: holder.since })
      } else mine = null // saved or left: a later lock is someone's new one, not a take-over
    }
    const timer = window.setInterval(() => void hold(), HEARTBEAT_MS)
    const closed = () =>
      navigator.sendBeacon(endpoint, JSON.stringify({ ...JSON.parse(doc), action: 'release' }))
    window.addEventListener('pagehide', closed)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('pagehide', closed)
      void send('release') // left the edit view inside the admin
    }
  }, [doc, endpoint])
  return <TakeOverContext.Provider value={takenOver}>{children}</TakeOverContext.Provider>
}
