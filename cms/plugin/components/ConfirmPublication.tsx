'use client'
import {
  PublishButton,
  SaveButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { type MouseEvent, type ReactNode, useRef, useState } from 'react'
import { REVIEW_TEXTS } from '../translations/reviewPanel'
import { ApproveConfirmation, type ApproveScope } from './ApproveConfirmation'

const MODAL = 'trust-center-confirm-publication'

/** Where a collection's form holds what the dialog shows besides the changes. */
interface PublicationFields {
  effective: string[]
  notice: string
}

/**
 * Wraps one of Payload's own buttons: a click that would publish opens the review panel's
 * confirmation (changes against what is public, effective date, notice) first, and only its
 * "Publish" lets the click through to Payload's button. The changes are the stored document's
 * (the review endpoint's); date and notice are the form's, which is what the save publishes.
 */
function AskBeforePublishing({
  publishes,
  fields,
  children,
}: {
  publishes: () => boolean
  fields: PublicationFields
  children: ReactNode
}) {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { getDataByPath } = useForm()
  const { openModal } = useModal()
  const { user } = useAuth()
  // an editor's publishing save is refused by the server with its reason: no question first
  const role = (user as { role?: unknown } | null)?.role
  const mayPublish = role === 'legal' || role === 'admin'
  const [scope, setScope] = useState<ApproveScope | null>(null)
  const button = useRef<HTMLButtonElement | null>(null)
  const confirmed = useRef(false)
  const t = REVIEW_TEXTS[i18n.language === 'de' ? 'de' : 'en']

  const ask = async () => {
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/review`,
      { credentials: 'include' },
    )
    const summary = response.ok ? ((await response.json()) as Record<string, unknown>) : {}
    const effective = fields.effective
      .map((path) => getDataByPath(path))
      .find((value) => typeof value === 'string' && value)
    const notice = getDataByPath(fields.notice)
    setScope({
      diff: summary.diff as ApproveScope['diff'],
      changedFields: (summary.changes as unknown[] | undefined)?.length,
      publication: {
        effectiveDate: typeof effective === 'string' ? effective.slice(0, 10) : null,
        notice: typeof notice === 'string' && notice.trim() ? notice : null,
      },
    })
    openModal(MODAL)
  }

  const onClickCapture = (event: MouseEvent) => {
    // React passes on clicks from portals too (the dialog's own buttons): only the wrapped ones
    if (!(event.currentTarget as Element).contains(event.target as Node)) return
    const clicked = (event.target as Element).closest('button')
    if (confirmed.current) {
      confirmed.current = false
      return
    }
    // a new document has nothing public to compare with; the server's rules still apply
    if (!id || !mayPublish || !clicked || clicked.disabled || !publishes()) return
    event.preventDefault()
    event.stopPropagation()
    button.current = clicked
    void ask()
  }

  return (
    <>
      <span onClickCapture={onClickCapture} style={{ display: 'contents' }}>
        {children}
      </span>
      {scope && (
        <ApproveConfirmation
          language={i18n.language}
          modalSlug={MODAL}
          onConfirm={async () => {
            confirmed.current = true
            button.current?.click()
          }}
          scope={scope}
          t={t}
        />
      )}
    </>
  )
}

/**
 * A TOM version's Save: asks first when the form's status is "published" and the stored one is
 * not, as "Approve and publish" does (docs/workflow.md, "Reviewing").
 */
export function ConfirmingSaveButton() {
  const { getDataByPath } = useForm()
  const { savedDocumentData } = useDocumentInfo()
  return (
    <AskBeforePublishing
      fields={{ effective: ['effectiveDate'], notice: 'changeSummary' }}
      publishes={() =>
        getDataByPath('status') === 'published' && savedDocumentData?.status !== 'published'
      }
    >
      <SaveButton />
    </AskBeforePublishing>
  )
}

/** A subprocessor's Publish (legal and admins see it): always publishes, so always asks. */
export function ConfirmingPublishButton() {
  return (
    <AskBeforePublishing
      fields={{ effective: ['changeEffectiveAt', 'effectiveFrom'], notice: 'changeNote' }}
      publishes={() => true}
    >
      <PublishButton />
    </AskBeforePublishing>
  )
}
