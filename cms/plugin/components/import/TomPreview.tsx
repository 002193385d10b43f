'use client'
import type { Control, Measure } from '@trust-center/core/tom-schema'
import type { MeasurePath, PreviewState } from '@trust-center/core/import/editPreview'
import { categoryLabel } from '@trust-center/core/taxonomy'
import type { ImportTexts } from '../../translations/importPanel'
import { LineList } from './LineList'
import type { ImportPreview } from './types'
import type { ImportPreviewState } from './useImportPreview'

const small = { fontSize: '0.8em', opacity: 0.75 } as const

function MeasureItem({
  measure,
  at,
  path,
  first,
  actions,
  t,
}: {
  measure: Measure
  at?: { line: number; page?: number }
  path: MeasurePath
  first: boolean
  actions: ImportPreviewState['tom']
  t: ImportTexts
}) {
  return (
    <li data-line={at?.line}>
      <span style={small}>{t.where(at)}</span> {measure.text}
      {measure.detail ? ` — ${measure.detail}` : ''}
      {measure.prose && <em style={small}> ({t.prose})</em>}{' '}
      <button
        type="button"
        onClick={() => actions.drop(path)}
        aria-label={t.dropLabel(measure.text)}
      >
        {t.drop}
      </button>
      {!first && (
        <button
          type="button"
          onClick={() => actions.merge(path)}
          aria-label={t.mergeLabel(measure.text)}
        >
          {t.merge}
        </button>
      )}
    </li>
  )
}

type Suggestions = NonNullable<ImportPreview['suggestions']>
type ControlAt = PreviewState['positions']['sections'][number]['controls'][number]

/** One control with its measures and groups of measures, each to drop or merge. */
function ControlItem({
  control: c,
  at,
  s,
  j,
  hook,
}: {
  control: Control
  at: ControlAt | undefined
  s: number
  j: number
  hook: ImportPreviewState
}) {
  const { t, language } = hook
  const count = c.measures.length + c.groups.reduce((n, g) => n + g.measures.length, 0)
  return (
    <li>
      {c.implicit ? t.implicitControl : c.heading}{' '}
      <small>[{categoryLabel(c.category, language)}]</small>{' '}
      <span style={small}>{c.implicit ? '' : t.where(at?.at)}</span> — {t.measures(count)}{' '}
      <button type="button" onClick={() => hook.tom.dropControl(s, j)}>
        {t.dropControl}
      </button>
      <ul>
        {c.measures.map((m, k) => (
          <MeasureItem
            key={`m${k}`}
            measure={m}
            at={at?.measures[k]}
            path={{ s, c: j, m: k }}
            first={k === 0}
            actions={hook.tom}
            t={t}
          />
        ))}
        {c.groups.map((g, gi) => (
          <li key={`g${gi}`}>
            {g.label}
            <ul>
              {g.measures.map((m, k) => (
                <MeasureItem
                  key={k}
                  measure={m}
                  at={at?.groups[gi]?.measures[k]}
                  path={{ s, c: j, g: gi, m: k }}
                  first={k === 0}
                  actions={hook.tom}
                  t={t}
                />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </li>
  )
}

/** What the preview's parts are drawn from: the server's answer, the edits, the hook's actions. */
type PreviewProps = { preview: ImportPreview; state: PreviewState; hook: ImportPreviewState }

/** The title and effective date the draft gets, and what the importer read. */
function DraftFields({ preview, state, hook }: PreviewProps) {
  const result = preview.result!
  const { t } = hook
  return (
    <>
      <p>
        <label>
          {t.title}:{' '}
          <input
            type="text"
            name="import-title"
            value={state.document.title}
            onChange={(e) => hook.tom.setTitle(e.target.value)}
            style={{ width: '60%' }}
          />
        </label>
      </p>
      <p>
        <label>
          {t.effectiveDate(result.document.effectiveDate)}:{' '}
          <input
            type="date"
            name="import-effective-date"
            value={hook.effectiveDate}
            onChange={(e) => hook.setEffectiveDate(e.target.value)}
          />
        </label>
      </p>
      <p>
        {t.readAs(preview.format, result.report.counts)} {t.lines}:{' '}
        {Object.entries(result.report.lines)
          .map(([k, v]) => `${t.lineKinds[k] ?? k} ${v}`)
          .join(', ')}
        .
      </p>
    </>
  )
}

/** What else the document names: the company, addresses and subprocessors (not imported). */
function SuggestionList({ suggestions, t }: { suggestions: Suggestions; t: ImportTexts }) {
  return (
    <details open>
      <summary>{t.suggestions}</summary>
      <ul>
        {suggestions.companyName && <li>{t.company(suggestions.companyName)}</li>}
        {suggestions.emails.map((e) => (
          <li key={e.address}>{t.email(e.role, e.address)}</li>
        ))}
        {suggestions.contacts?.map((c) => (
          <li key={c.line}>{t.address(c.role, c.line, c.lines)}</li>
        ))}
        {suggestions.subprocessors.length > 0 && (
          <li>
            {t.subprocessorsNamed}: {suggestions.subprocessors.map((s) => s.name).join(', ')}
          </li>
        )}
      </ul>
    </details>
  )
}

/** The TOM structure the importer found, every item with its source line, editable before "Create draft". */
export function TomPreview({ preview, state, hook }: PreviewProps) {
  const result = preview.result!
  const { document, positions } = state
  const { t, language } = hook
  return (
    <section aria-label={t.previewRegion}>
      <DraftFields hook={hook} preview={preview} state={state} />
      <ol>
        {document.sections.map((s, i) => (
          <li key={i}>
            <strong>{s.heading}</strong> <small>[{categoryLabel(s.category, language)}]</small>{' '}
            <span style={small}>{t.where(positions.sections[i]?.at)}</span>
            <ul>
              {s.controls.map((c, j) => (
                <ControlItem
                  at={positions.sections[i]?.controls[j]}
                  control={c}
                  hook={hook}
                  j={j}
                  key={j}
                  s={i}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <LineList title={t.unparsed} items={result.unparsed} t={t} />
      <LineList title={t.warnings} items={result.warnings} t={t} />
      <LineList title={t.skipped} items={result.skipped} open={false} t={t} />
      {preview.suggestions && <SuggestionList suggestions={preview.suggestions} t={t} />}
    </section>
  )
}
