'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { localTime } from '../translations/lockTexts'

/**
 * Payload's "Document locked" modal prints since when the document is locked with a fixed
 * `Intl.DateTimeFormat('en-US')` ("Dec 2, 2026, 2:18 PM", also in the German admin) and offers no
 * way to change it. While an edit view is open, this rewrites that one date in the user's
 * language ("2. Dez. 2026, 14:18"), from the lock time the view already has.
 */
export function LocalLockDate() {
  const { documentIsLocked, lastUpdateTime } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language === 'de' ? 'de' : 'en'

  useEffect(() => {
    if (!documentIsLocked) return // no modal to watch for
    const localise = () => {
      // the modal's second paragraph: "<editedSince> <strong>date</strong>"
      const date = document.querySelector<HTMLElement>(
        '.document-locked__content p:nth-of-type(2) strong',
      )
      if (!date) return
      const shown = new Date(lastUpdateTime || Date.parse(date.textContent ?? ''))
      if (Number.isNaN(shown.getTime())) return
      const text = localTime(shown, language, new Date(), true)
      if (date.textContent !== text) date.textContent = text
    }
    localise()
    const observer = new MutationObserver(localise)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [documentIsLocked, lastUpdateTime, language])
  return null
}
