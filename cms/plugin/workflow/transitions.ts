/**
 * The review state machine of a TOM version, as the review buttons drive it. Each action has the
 * one status it starts from and the status it leads to; who may take it is checked by the
 * endpoint (roles) and by the workflow hook (four-eyes, immutability) on the save itself.
 */
export const REVIEW_ACTIONS = ['submitted', 'changes-requested', 'approved'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

/** The review states the buttons move between (a TOM version may also be superseded later). */
export type ReviewState = 'draft' | 'in-review' | 'published'

export const TRANSITIONS: Record<
  ReviewAction,
  { from: ReviewState; to: ReviewState; reviewer: boolean }
> = {
  submitted: { from: 'draft', to: 'in-review', reviewer: false },
  'changes-requested': { from: 'in-review', to: 'draft', reviewer: true },
  approved: { from: 'in-review', to: 'published', reviewer: true },
}

export const REVIEW_ACTION_LABELS: Record<ReviewAction, { en: string; de: string }> = {
  submitted: { en: 'Submitted for review', de: 'Zur Prüfung eingereicht' },
  'changes-requested': { en: 'Changes requested', de: 'Änderungen angefordert' },
  approved: { en: 'Approved and published', de: 'Freigegeben und veröffentlicht' },
}

/** The context key the endpoints use to hand the review step to the workflow hook. */
export const REVIEW_CONTEXT_KEY = 'trustCenterReview'
export interface ReviewStep {
  action: ReviewAction
  comment?: string
}
