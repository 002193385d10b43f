'use client'
import { ConfirmationModal } from '@payloadcms/ui'
import type { REVIEW_TEXTS } from '../translations/reviewPanel'

export const APPROVE_MODAL = 'trust-center-approve'

type Texts = (typeof REVIEW_TEXTS)['en']
export interface Publication {
  effectiveDate: string | null
  notice: string | null
}
export interface ApproveScope {
  /** A TOM version: the diff against the version in force (null: there is none). */
  diff?: { identical: boolean; counts: Record<string, number> } | null
  /** A subprocessor: its changed fields. */
  changedFields?: number
  publication?: Publication
}

const term = { fontWeight: 600 }
const value = { margin: '0 0 8px', overflowWrap: 'anywhere' as const }
const longDate = (day: string, language: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(language, { dateStyle: 'long', timeZone: 'UTC' })

/**
 * "Approve and publish" asks first, showing what is about to go public: the changes against the
 * version in force (the review panel's diff), the effective date and the notice to subscribers.
 * Cancel does nothing; confirm runs `onConfirm`.
 */
export function ApproveConfirmation({
  scope,
  t,
  language,
  onConfirm,
  modalSlug = APPROVE_MODAL,
}: {
  scope: ApproveScope
  t: Texts
  language: string
  onConfirm: () => Promise<void>
  /** Another slug where the review panel's dialog may be on the same page. */
  modalSlug?: string
}) {
  const changes =
    scope.changedFields !== undefined
      ? t.confirm.fields(scope.changedFields)
      : !scope.diff
        ? t.confirm.first
        : scope.diff.identical
          ? t.identical
          : t.confirmCounts(scope.diff.counts)
  const { effectiveDate, notice } = scope.publication ?? { effectiveDate: null, notice: null }
  return (
    <ConfirmationModal
      body={
        <div className="trust-center-approve">
          <p>{t.confirm.intro}</p>
          <dl>
            <dt style={term}>
              {scope.changedFields !== undefined ? t.confirm.pendingChanges : t.confirm.changes}
            </dt>
            <dd data-confirm="changes" style={value}>
              {changes}
            </dd>
            <dt style={term}>{t.confirm.effective}</dt>
            <dd data-confirm="effective" style={value}>
              {effectiveDate ? longDate(effectiveDate, language) : '—'}
            </dd>
            <dt style={term}>{t.confirm.notice}</dt>
            <dd data-confirm="notice" style={{ ...value, whiteSpace: 'pre-line' }}>
              {notice ?? <em>{t.confirm.noNotice}</em>}
            </dd>
          </dl>
        </div>
      }
      cancelLabel={t.confirm.cancel}
      confirmLabel={t.confirm.confirm}
      heading={t.confirm.heading}
      modalSlug={modalSlug}
      onConfirm={onConfirm}
    />
  )
}
