import type { Field } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { REVIEW_ACTION_LABELS, REVIEW_ACTIONS } from '../workflow/transitions'

/** The review history of anything that goes through review (TOM versions, subprocessor changes). */
export const reviewLogField = (options: SanitizedTrustCenterOptions): Field => ({
  name: 'reviewLog',
  type: 'array',
  labels: {
    singular: { en: 'Review step', de: 'Prüfschritt' },
    plural: { en: 'Review history', de: 'Prüfverlauf' },
  },
  admin: {
    readOnly: true,
    initCollapsed: true,
    description: {
      en: 'Written by the review buttons: who submitted, sent back or approved, when, and why.',
      de: 'Von den Prüf-Schaltflächen geschrieben: wer eingereicht, zurückgegeben oder freigegeben hat, wann und warum.',
    },
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: REVIEW_ACTIONS.map((value) => ({ value, label: REVIEW_ACTION_LABELS[value] })),
    },
    { name: 'by', type: 'relationship', relationTo: options.slugs.users },
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'comment', type: 'textarea' },
  ],
})
