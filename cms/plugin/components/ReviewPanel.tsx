'use client'
import { Button, toast, useConfig, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import { REVIEW_TEXTS } from '../translations/reviewPanel'
import { APPROVE_MODAL, ApproveConfirmation, type Publication } from './ApproveConfirmation'
import { type FieldChange, FieldChanges } from './FieldChanges'

interface Word {
  value: string
  added?: boolean
  removed?: boolean
}
interface Measure {
  kind: string
  from?: { text: string }
  to?: { text: string }
  words?: Word[]
}
interface Control {
  kind: string
  section: string
  fromHeading?: string
  toHeading?: string
  measures: Measure[]
}
interface Summary {
  status: string
  lastEditedBy: { name: string } | null
  current: { version: string; effectiveDate: string } | null
  diff: { identical: boolean; counts: Record<string, number>; controls: Control[] } | null
  log: Array<{ action: string; at: string; comment: string | null; by: { name: string } | null }>
  can: { submit: boolean; approve: boolean; requestChanges: boolean }
  /** A subprocessor: its pending change field by field, and whether it was ever published. */
  changes?: FieldChange[]
  published?: boolean
  publication?: Publication
}

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px 16px',
  marginBottom: 24,
  background: 'var(--theme-elevation-50)',
}

/**
 * The review panel at the top of a TOM version: status and last editor, one-click review buttons
 * (the server decides who may; the buttons only hide what would be refused), the changes against
 * the version in force per measure, and the review history.
 */
// Long: one admin component whose state and markup go together; to be split into smaller
// components (docs/architecture.md, "Functions that fit a screen").
export function ReviewPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'de' ? 'de' : 'en'
  const t = REVIEW_TEXTS[language]
  const [summary, setSummary] = useState<Summary | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<string | null>(null)
  const router = useRouter()
  const { openModal } = useModal()
  const api = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    const response = await fetch(`${api}/review`, { credentials: 'include' })
    if (response.ok) setSummary((await response.json()) as Summary)
  }, [api])
  useEffect(() => {
    if (id) void load()
  }, [id, load])
  if (!id || !summary) return null

  const step = async (action: 'submit' | 'approve' | 'request-changes') => {
    setBusy(true)
    try {
      const response = await fetch(`${api}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(action === 'request-changes' ? { comment } : {}),
      })
      const body = (await response.json()) as {
        message?: string
        errors?: Array<{ message: string }>
      }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? response.statusText)
      toast.success(t.done[action])
      setOutcome(t.done[action])
      setComment('')
      // The form holds the old status: refresh the document view in place (a full reload would
      // lose the toast), and the panel with the new state and history.
      router.refresh()
      await load()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const changed = summary.diff?.controls ?? []
  return (
    <section aria-label={t.title} className="trust-center-review" style={box}>
      <h3 style={{ margin: '0 0 8px' }}>{t.title}</h3>
      <p style={{ margin: '0 0 12px' }}>
        {t.status}:{' '}
        <strong>{t.statuses[summary.status as keyof typeof t.statuses] ?? summary.status}</strong>
        {summary.lastEditedBy ? ` · ${t.lastEditedBy}: ${summary.lastEditedBy.name}` : ''}
      </p>
      {outcome && (
        <p className="trust-center-review__outcome" role="status" style={{ margin: '0 0 12px' }}>
          ✓ {outcome}
        </p>
      )}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {summary.can.submit && (
          <Button
            buttonStyle="primary"
            disabled={busy}
            onClick={() => step('submit')}
            size="medium"
          >
            {t.submit}
          </Button>
        )}
        {summary.can.approve && (
          <Button
            buttonStyle="primary"
            disabled={busy}
            onClick={() => openModal(APPROVE_MODAL)}
            size="medium"
          >
            {t.approve}
          </Button>
        )}
      </div>
      {summary.can.approve && (
        <ApproveConfirmation
          language={i18n.language}
          onConfirm={() => step('approve')}
          scope={{
            diff: summary.diff,
            changedFields: summary.changes?.length,
            publication: summary.publication,
          }}
          t={t}
        />
      )}
      {summary.can.requestChanges && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor="review-comment" style={{ display: 'block', marginBottom: 4 }}>
            {t.commentLabel}
          </label>
          <textarea
            id="review-comment"
            onChange={(e) => setComment(e.target.value)}
            rows={3}
            style={{ width: '100%', marginBottom: 8 }}
            value={comment}
          />
          <Button
            buttonStyle="secondary"
            disabled={busy || !comment.trim()}
            onClick={() => step('request-changes')}
            size="medium"
          >
            {t.requestChanges}
          </Button>
        </div>
      )}
      {!summary.can.approve && summary.status === 'in-review' && (
        <p style={{ marginTop: 8 }}>{summary.changes ? t.whyNotChange : t.whyNot}</p>
      )}

      {summary.changes ? (
        <>
          <h4 style={{ margin: '16px 0 4px' }}>
            {summary.status === 'published' ? t.nothingPending : t.pending}
          </h4>
          {!summary.published && <p style={{ margin: '0 0 8px' }}>{t.notPublished}</p>}
          {summary.changes.length > 0 && (
            <FieldChanges changes={summary.changes} language={language} />
          )}
        </>
      ) : (
        <h4 style={{ margin: '16px 0 4px' }}>
          {summary.status === 'published'
            ? t.inForce
            : summary.status === 'superseded'
              ? t.supersededNote
              : summary.current
                ? t.changesAgainst(summary.current.version)
                : t.firstVersion}
        </h4>
      )}
      {summary.diff && (
        <p style={{ margin: '0 0 8px' }}>
          {summary.diff.identical ? t.identical : t.counts(summary.diff.counts)}
        </p>
      )}
      {changed.length > 0 && (
        <ol
          className="trust-center-review__diff"
          style={{ margin: 0, paddingLeft: 20, maxHeight: 480, overflow: 'auto' }}
        >
          {changed.map((control, i) => (
            <li key={i} style={{ marginBottom: 8 }}>
              <strong>{control.toHeading ?? control.fromHeading}</strong>{' '}
              {control.kind !== 'matched' && (
                <em>
                  ({t.controlKinds[control.kind as keyof typeof t.controlKinds] ?? control.kind})
                </em>
              )}
              <ul style={{ paddingLeft: 16 }}>
                {control.measures.map((m, j) => (
                  <li data-kind={m.kind} key={j}>
                    <span style={{ fontSize: '0.85em', opacity: 0.8 }}>
                      {t.measureKinds[m.kind as keyof typeof t.measureKinds] ?? m.kind}:{' '}
                    </span>
                    {m.words ? (
                      m.words.map((w, k) =>
                        w.added ? (
                          <ins key={k} style={{ background: '#d4f7dc' }}>
                            {w.value}
                          </ins>
                        ) : w.removed ? (
                          <del key={k} style={{ background: '#fcd9d9' }}>
                            {w.value}
                          </del>
                        ) : (
                          <span key={k}>{w.value}</span>
                        ),
                      )
                    ) : m.kind === 'removed' ? (
                      <del style={{ background: '#fcd9d9' }}>{m.from?.text}</del>
                    ) : m.kind === 'added' ? (
                      <ins style={{ background: '#d4f7dc' }}>{m.to?.text}</ins>
                    ) : (
                      (m.to ?? m.from)?.text
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}

      {summary.log.length > 0 && (
        <>
          <h4 style={{ margin: '16px 0 4px' }}>{t.history}</h4>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {summary.log.map((entry, i) => (
              <li key={i}>
                {new Date(entry.at).toLocaleString(i18n.language)} —{' '}
                {t.actions[entry.action as keyof typeof t.actions] ?? entry.action}
                {entry.by ? ` (${entry.by.name})` : ''}
                {entry.comment ? `: „${entry.comment}“` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
