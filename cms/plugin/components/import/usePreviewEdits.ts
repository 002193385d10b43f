'use client'
import { useState } from 'react'
import {
  dropControl,
  dropMeasure,
  type MeasurePath,
  mergeWithPrevious,
  type PreviewState,
  setTitle,
} from '@trust-center/core/import/editPreview'
import type { ImportKind, ImportPreview } from './types'

/**
 * The editor's changes to a preview before "Create draft": the TOM structure as edited (title,
 * dropped and merged items) and the subprocessor entries left out.
 */
export function usePreviewEdits() {
  const [edited, setEdited] = useState<PreviewState | null>(null)
  const [dropped, setDropped] = useState<Set<number>>(new Set())
  const edit = (change: (s: PreviewState) => PreviewState) => setEdited((s) => (s ? change(s) : s))
  return {
    edited,
    /** Starts over from a new preview (or from none). */
    reset: (preview: ImportPreview | null) => {
      setEdited(
        preview?.result && preview.positions
          ? { document: preview.result.document, positions: preview.positions }
          : null,
      )
      setDropped(new Set())
    },
    /** What "Create draft" sends besides the source: the edited document, or the entries kept. */
    toSend: (kind: ImportKind, preview: ImportPreview | null) =>
      kind === 'toms' && edited
        ? { document: edited.document }
        : kind === 'subprocessors' && preview?.entries
          ? { entries: preview.entries.filter((_, i) => !dropped.has(i)) }
          : {},
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
