'use client'
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import {
  dropControl,
  dropMeasure,
  type MeasurePath,
  mergeWithPrevious,
  type PreviewState,
  setTitle,
} from '@trust-center/core/import/editPreview'
import { IMPORT_TEXTS } from '../../translations/importPanel'
import type { ImportKind, ImportPreview } from './types'

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * State and requests of "Import document": the upload or pasted text, the preview the server made
 * of it, the editor's changes to that preview (title, effective date, dropped and merged items,
 * dropped subprocessor entries) and "Create draft", which sends the edited result.
 */
/** The collections' slugs, which an app may have changed (they reach the admin as client props). */
export interface ImportSlugs {
  companiesSlug: string
  tomVersionsSlug: string
}

// Long: one hook holding the import preview's state and its requests; to be split into smaller
// hooks (docs/architecture.md, "Functions that fit a screen").
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
  const [edited, setEdited] = useState<PreviewState | null>(null)
  const [dropped, setDropped] = useState<Set<number>>(new Set())
  const [effectiveDate, setEffectiveDate] = useState('')
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const setKind = (k: ImportKind) => {
    setKindState(k)
    setPreview(null)
    setEdited(null)
  }

  const send = async (mode: 'preview' | 'create') => {
    if (companyId === undefined) return
    setBusy(true)
    try {
      setError(null)
      const date = kind === 'toms' && effectiveDate ? { effectiveDate } : {}
      const edits =
        mode === 'create'
          ? kind === 'toms' && edited
            ? { document: edited.document }
            : kind === 'subprocessors' && preview?.entries
              ? { entries: preview.entries.filter((_, i) => !dropped.has(i)) }
              : {}
          : {}
      const source = file ? { filename: file.name, base64: await toBase64(file) } : { text }
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/${companiesSlug}/${companyId}/import`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind, mode, ...source, ...date, ...edits }),
        },
      )
      const body = (await response.json()) as ImportPreview & {
        message?: string
        id?: string | number
        errors?: { message: string }[]
      }
      if (!response.ok)
        throw new Error(body.errors?.[0]?.message ?? body.message ?? response.statusText)
      if (mode === 'preview') {
        setPreview(body)
        setEdited(
          body.result && body.positions
            ? { document: body.result.document, positions: body.positions }
            : null,
        )
        setDropped(new Set())
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

  const edit = (change: (s: PreviewState) => PreviewState) => setEdited((s) => (s ? change(s) : s))
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
    edited,
    effectiveDate,
    setEffectiveDate,
    busy,
    created,
    error,
    send,
    tom: {
      setTitle: (title: string) => edit((s) => setTitle(s, title)),
      drop: (p: MeasurePath) => edit((s) => dropMeasure(s, p)),
      merge: (p: MeasurePath) => edit((s) => mergeWithPrevious(s, p)),
      dropControl: (s: number, c: number) => edit((st) => dropControl(st, s, c)),
    },
    entries: {
      dropped,
      toggle: (i: number) =>
        setDropped((d) => {
          const next = new Set(d)
          if (next.has(i)) next.delete(i)
          else next.add(i)
          return next
        }),
    },
  }
}

export type ImportPreviewState = ReturnType<typeof useImportPreview>
