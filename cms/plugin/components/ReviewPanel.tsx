'use client'
import { useTranslation } from '@payloadcms/ui'
import { REVIEW_TEXTS } from '../translations/reviewPanel'
import { ReviewActions } from './review/ReviewActions'
import { ReviewChanges } from './review/ReviewChanges'
import { ReviewHistory } from './review/ReviewHistory'
import { useReview } from './review/useReview'

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
export function ReviewPanel() {
  const { i18n } = useTranslation()
  const language = i18n.language === 'de' ? 'de' : 'en'
  const t = REVIEW_TEXTS[language]
  const review = useReview(t)
  const { summary, outcome } = review
  if (!summary) return null
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
      <ReviewActions language={i18n.language} review={review} summary={summary} t={t} />
      <ReviewChanges language={language} summary={summary} t={t} />
      <ReviewHistory language={i18n.language} log={summary.log} t={t} />
    </section>
  )
}
