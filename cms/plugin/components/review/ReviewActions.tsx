'use client'
import { Button, useModal } from '@payloadcms/ui'
import { APPROVE_MODAL, ApproveConfirmation } from '../ApproveConfirmation'
import type { ReviewTexts, Summary } from './summary'
import type { ReviewState } from './useReview'

/** "Request changes" with the comment the author gets back. */
function RequestChanges({ review, t }: { review: ReviewState; t: ReviewTexts }) {
  const { comment, setComment, busy, step } = review
  return (
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
  )
}

/** The review steps the user may take (the buttons only hide what the server would refuse). */
export function ReviewActions({
  summary,
  review,
  t,
  language,
}: {
  summary: Summary
  review: ReviewState
  t: ReviewTexts
  language: string
}) {
  const { openModal } = useModal()
  const { busy, step } = review
  return (
    <>
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
          language={language}
          onConfirm={() => step('approve')}
          scope={{
            diff: summary.diff,
            changedFields: summary.changes?.length,
            publication: summary.publication,
          }}
          t={t}
        />
      )}
      {summary.can.requestChanges && <RequestChanges review={review} t={t} />}
      {!summary.can.approve && summary.status === 'in-review' && (
        <p style={{ marginTop: 8 }}>{summary.changes ? t.whyNotChange : t.whyNot}</p>
      )}
    </>
  )
}
