'use client'
import type { Measure } from '@trust-center/core/tom-schema'
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

/** The TOM structure the importer found, every item with its source line, editable before "Create draft". */
// Long: one admin component whose state and markup go together; to be split into smaller
// components (docs/architecture.md, "Functions that fit a screen").
export function TomPreview({
  preview,
  state,
  hook,
}: {
  preview: ImportPreview
  state: PreviewState
  hook: ImportPreviewState
}) {
  const result = preview.result!
  const { document, positions } = state
  const { t, language } = hook
  return (
    <section aria-label={t.previewRegion}>
      <p>
        <label>
          {t.title}:{' '}
          <input
            type="text"
            name="import-title"
            value={document.title}
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
      <ol>
        {document.sections.map((s, i) => (
          <li key={i}>
            <strong>{s.heading}</strong> <small>[{categoryLabel(s.category, language)}]</small>{' '}
            <span style={small}>{t.where(positions.sections[i]?.at)}</span>
            <ul>
              {s.controls.map((c, j) => {
                const at = positions.sections[i]?.controls[j]
                const count =
                  c.measures.length + c.groups.reduce((n, g) => n + g.measures.length, 0)
                return (
                  <li key={j}>
                    {c.implicit ? t.implicitControl : c.heading}{' '}
                    <small>[{categoryLabel(c.category, language)}]</small>{' '}
                    <span style={small}>{c.implicit ? '' : t.where(at?.at)}</span> —{' '}
                    {t.measures(count)}{' '}
                    <button type="button" onClick={() => hook.tom.dropControl(i, j)}>
                      {t.dropControl}
                    </button>
                    <ul>
                      {c.measures.map((m, k) => (
                        <MeasureItem
                          key={`m${k}`}
                          measure={m}
                          at={at?.measures[k]}
                          path={{ s: i, c: j, m: k }}
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
                                path={{ s: i, c: j, g: gi, m: k }}
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
              })}
            </ul>
          </li>
        ))}
      </ol>
      <LineList title={t.unparsed} items={result.unparsed} t={t} />
      <LineList title={t.warnings} items={result.warnings} t={t} />
      <LineList title={t.skipped} items={result.skipped} open={false} t={t} />
      {preview.suggestions && (
        <details open>
          <summary>{t.suggestions}</summary>
          <ul>
            {preview.suggestions.companyName && (
              <li>{t.company(preview.suggestions.companyName)}</li>
            )}
            {preview.suggestions.emails.map((e) => (
              <li key={e.address}>{t.email(e.role, e.address)}</li>
            ))}
            {preview.suggestions.contacts?.map((c) => (
              <li key={c.line}>{t.address(c.role, c.line, c.lines)}</li>
            ))}
            {preview.suggestions.subprocessors.length > 0 && (
              <li>
                {t.subprocessorsNamed}:{' '}
                {preview.suggestions.subprocessors.map((s) => s.name).join(', ')}
              </li>
            )}
          </ul>
        </details>
      )}
    </section>
  )
}
