'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const TEXTS = {
  en: { label: 'New revision', created: 'Draft created', failed: 'Could not create a revision' },
  de: {
    label: 'Neue Revision',
    created: 'Entwurf angelegt',
    failed: 'Die Revision konnte nicht angelegt werden',
  },
}

/** "New revision": copies this TOM version into a new draft and opens it. */
export function NewRevisionButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = TEXTS[i18n.language === 'de' ? 'de' : 'en']
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const create = async () => {
    setBusy(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/new-revision`,
        { method: 'POST', credentials: 'include' },
      )
      const body = (await response.json()) as {
        id?: string | number
        message?: string
        errors?: Array<{ message: string }>
      }
      if (!response.ok || body.id === undefined)
        throw new Error(body.errors?.[0]?.message ?? body.message ?? response.statusText)
      toast.success(t.created) // the endpoint's message is English; this is the user's language
      router.push(`${config.routes.admin}/collections/${collectionSlug}/${body.id}`)
    } catch (error) {
      toast.error(`${t.failed}: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" disabled={busy} onClick={create} size="medium">
      {t.label}
    </Button>
  )
}
