'use client'
import { Button, useForm, useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useRef, useState } from 'react'
import { LOCK_TEXTS, localTime } from '../translations/lockTexts'
import { useLockTakeOver } from './lockTakeOver'
import { changesAsText, unsavedChanges } from './unsavedChanges'
import { UnsavedChangesList } from './UnsavedChangesList'

/**
 * Tells the editor, in her language, that a colleague took over the document she was editing,
 * and when, and shows what she has not saved, with a button to copy it: her form stays as it is
 * (nothing is discarded), but a save would be refused (hooks/refuseLockedSave.ts). Payload's own
 * "Editing taken over" modal appears only when she types again and names no time, and its
 * read-only view gives no way to collect the changes.
 */
export function LockTakenOver() {
  const takeOver = useLockTakeOver()
  // read when needed, not subscribed to: this must not re-render with every keystroke
  const { getFields } = useForm()
  const { i18n } = useTranslation()
  const language = i18n.language === 'de' ? 'de' : 'en'
  const t = LOCK_TEXTS[language]
  const dialog = useRef<HTMLDialogElement>(null)
  const [copied, setCopied] = useState(false)
  // what was unsaved at the moment of the take-over (the form is not changed by the notice)
  const changes = useMemo(
    () => (takeOver ? unsavedChanges(getFields(), language) : []),
    [takeOver, language, getFields],
  )

  useEffect(() => {
    setCopied(false)
    if (takeOver && !dialog.current?.open) dialog.current?.showModal()
  }, [takeOver])
  if (!takeOver) return null

  const copy = async () => {
    const all = changesAsText(changes)
    try {
      await navigator.clipboard.writeText(all)
    } catch {
      // no clipboard API (plain http on a LAN): copy the selected text the old way
      const area = dialog.current?.querySelector('textarea')
      area?.select()
      document.execCommand('copy')
    }
    setCopied(true)
  }

  return (
    <dialog
      aria-labelledby="lock-taken-over-title"
      className="lock-taken-over"
      ref={dialog}
      style={{
        maxWidth: '44rem',
        width: 'calc(100% - 2rem)',
        padding: '1.5rem',
        border: '1px solid var(--theme-elevation-150)',
        background: 'var(--theme-elevation-0)',
        color: 'var(--theme-text)',
      }}
    >
      <div style={{ display: 'grid', gap: '0.75rem' }}>
        <h2 id="lock-taken-over-title" style={{ margin: 0 }}>
          {t.title}
        </h2>
        <p>
          <strong>
            {t.takenOver(takeOver.name, localTime(new Date(takeOver.since), language))}
          </strong>
        </p>
        <p>{t.notSaved}</p>
        <UnsavedChangesList changes={changes} texts={t} />
        <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          {changes.length > 0 && (
            <Button buttonStyle="primary" onClick={() => void copy()}>
              {copied ? t.copied : t.copy}
            </Button>
          )}
          <Button buttonStyle="secondary" onClick={() => dialog.current?.close()}>
            {t.close}
          </Button>
        </div>
      </div>
    </dialog>
  )
}
