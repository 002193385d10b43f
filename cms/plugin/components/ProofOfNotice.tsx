'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { NOTICE_TEXTS } from '../translations/proofOfNotice'

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

/**
 * On a subprocessor change or a TOM version: who was notified when and how, with the CSV export
 * (legal, admins). `eventPrefix` names the kind of change, as the notification keys do.
 */
export function ProofOfNotice({
  eventPrefix = 'subprocessor-event',
}: {
  eventPrefix?: 'subprocessor-event' | 'tom-version'
}) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'de' ? 'de' : 'en'
  const t = NOTICE_TEXTS[language]
  const [rows, setRows] = useState<Row[] | null>(null)
  const [forbidden, setForbidden] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const base = `${config.serverURL}${config.routes.api}/trust-center/notices`
  const event = `${eventPrefix}:${String(id)}`
  useEffect(() => {
    if (!id) return
    fetch(`${base}.json?event=${encodeURIComponent(event)}`, { credentials: 'include' })
      .then(async (r) =>
        r.ok
          ? setRows((await r.json()) as Row[])
          : r.status === 403
            ? setForbidden(true)
            : setError(r.statusText),
      )
      .catch((e: Error) => setError(e.message))
  }, [id, base, event])
  if (!id) return null
  const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString(language) : '—')
  return (
    <div className="field-type proof-of-notice" style={{ marginBottom: '2rem' }}>
      <h3>{t.title}</h3>
      <p>{t.intro}</p>
      {forbidden && <p>{t.forbidden}</p>}
      {error && <p>{error}</p>}
      {rows && rows.length === 0 && <p>{t.none}</p>}
      {rows && rows.length > 0 && (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              {t.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-channel={r.channel} data-status={r.status}>
                <td>{t.channels[r.channel] ?? r.channel}</td>
                <td>{r.recipient}</td>
                <td>
                  {t.statuses[r.status] ?? r.status}
                  {r.retried ? ` (${t.retried})` : ''}
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
      {!forbidden && (
        <p>
          <a href={`${base}.csv?event=${encodeURIComponent(event)}`}>{t.csv}</a>
        </p>
      )}
    </div>
  )
}
