'use client'
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { IMPORT_TEXTS } from '../../translations/importPanel'
import type { ImportKind, ImportPreview } from './types'
import { usePreviewEdits } from './usePreviewEdits'

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

type ImportAnswer = ImportPreview & { message?: string; id?: string | number }

/** Posts to the import endpoint; a refusal throws with the server's message. */
async function postImport(url: string, request: object): Promise<ImportAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  })
  const body = (await response.json()) as ImportAnswer & { errors?: { message: string }[] }
  if (!response.ok)
    throw new Error(body.errors?.[0]?.message ?? body.message ?? response.statusText)
  return body
}

/** The collections' slugs, which an app may have changed (they reach the admin as client props). */
export interface ImportSlugs {
  companiesSlug: string
  tomVersionsSlug: string
}

/**
 * State and requests of "Import document": the upload or pasted text, the preview the server made
 * of it, the editor's changes to that preview (title, effective date, dropped and merged items,
 * dropped subprocessor entries) and "Create draft", which sends the edited result.
 */
export function useImportPreview(
  companyId: string | number | undefined,
  { companiesSlug, tomVersionsSlug }: ImportSlugs,
) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language: 'de' | 'en' = i18n.language === 'de' ? 'de' : 'en'
  const t = IMPORT_TEXTS[language]
  const [kind, setKindState] = useState<ImportKind>('toms')
  const [file, setFile] = useState<File | null>(null)
  const [text, setText] = useState('')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const edits = usePreviewEdits()
  const [effectiveDate, setEffectiveDate] = useState('')
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const setKind = (k: ImportKind) => {
    setKindState(k)
    setPreview(null)
    edits.reset(null)
  }

  const send = async (mode: 'preview' | 'create') => {
    if (companyId === undefined) return
    setBusy(true)
    try {
      setError(null)
      const date = kind === 'toms' && effectiveDate ? { effectiveDate } : {}
      const changes = mode === 'create' ? edits.toSend(kind, preview) : {}
      const source = file ? { filename: file.name, base64: await toBase64(file) } : { text }
      const url = `${config.serverURL}${config.routes.api}/${companiesSlug}/${companyId}/import`
      const body = await postImport(url, { kind, mode, ...source, ...date, ...changes })
      if (mode === 'preview') {
        setPreview(body)
        edits.reset(body)
        setEffectiveDate(body.result?.document.effectiveDate ?? '')
        setCreated(null)
      } else {
        toast.success(body.message ?? t.imported)
        setCreated(body.message ?? t.imported)
        if (kind === 'toms' && body.id !== undefined)
          window.location.assign(`${config.routes.admin}/collections/${tomVersionsSlug}/${body.id}`)
      }
    } catch (failure) {
      toast.error((failure as Error).message)
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return {
    t,
    language,
    kind,
    setKind,
    file,
    setFile,
    text,
    setText,
    preview,
    edited: edits.edited,
    effectiveDate,
    setEffectiveDate,
    busy,
    created,
    error,
    send,
    tom: edits.tom,
    entries: edits.entries,
  }
}

export type ImportPreviewState = ReturnType<typeof useImportPreview>
