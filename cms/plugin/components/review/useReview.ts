'use client'
import { toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import type { ReviewAction, ReviewTexts, Summary } from './summary'

/**
 * The open document's review summary and its review steps: each step posts to the document's
 * endpoint, then reloads the summary (the server decides who may; a refusal becomes a toast).
 */
export function useReview(t: ReviewTexts) {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [summary, setSummary] = useState<Summary | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<string | null>(null)
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    const response = await fetch(`${api}/review`, { credentials: 'include' })
    if (response.ok) setSummary((await response.json()) as Summary)
  }, [api])
  useEffect(() => {
    if (id) void load()
  }, [id, load])

  const step = async (action: ReviewAction) => {
    setBusy(true)
    try {
      const response = await fetch(`${api}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(action === 'request-changes' ? { comment } : {}),
      })
      const body = (await response.json()) as { errors?: Array<{ message: string }> }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? response.statusText)
      toast.success(t.done[action])
      setOutcome(t.done[action])
      setComment('')
      // The form holds the old status: refresh the document view in place (a full reload would
      // lose the toast), and the panel with the new state and history.
      router.refresh()
      await load()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return { summary: id ? summary : null, comment, setComment, busy, outcome, step }
}

export type ReviewState = ReturnType<typeof useReview>
