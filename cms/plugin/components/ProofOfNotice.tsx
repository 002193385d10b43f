'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Row {
  channel: string
  recipient: string
  status: string
  attempts: number
  retried: boolean
  queuedAt: string
  deliveredAt: string | null
  lastError: string | null
}

/** On a subprocessor change: who was notified when and how, with the CSV export (legal, admins). */
export function ProofOfNotice() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const base = `${config.serverURL}${config.routes.api}/trust-center/notices`
  const event = `subprocessor-event:${String(id)}`
  useEffect(() => {
    if (!id) return
    fetch(`${base}.json?event=${encodeURIComponent(event)}`, { credentials: 'include' })
      .then(async (r) =>
        r.ok
          ? setRows((await r.json()) as Row[])
          : setError(
              r.status === 403 ? 'Only legal and admins see the proof of notice.' : r.statusText,
            ),
      )
      .catch((e: Error) => setError(e.message))
  }, [id, base, event])
  if (!id) return null
  const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—')
  return (
    <div className="field-type proof-of-notice" style={{ marginBottom: '2rem' }}>
      <h3>Proof of notice</h3>
      {error && <p>{error}</p>}
      {rows && rows.length === 0 && (
        <p>
          Nobody was due a notification for this change (editorial, imported, or no subscribers and
          webhooks).
        </p>
      )}
      {rows && rows.length > 0 && (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th>Channel</th>
              <th>Recipient</th>
              <th>Status</th>
              <th>Attempts</th>
              <th>Queued</th>
              <th>Delivered</th>
              <th>Last error</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{r.channel}</td>
                <td>{r.recipient}</td>
                <td>
                  {r.status}
                  {r.retried ? ' (retried)' : ''}
                </td>
                <td>{r.attempts}</td>
                <td>{time(r.queuedAt)}</td>
                <td>{time(r.deliveredAt)}</td>
                <td>{r.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={`${base}.csv?event=${encodeURIComponent(event)}`}>Download as CSV</a>
      </p>
    </div>
  )
}
