'use client'
import type { Measure } from '@trust-center/core/tom-schema'
import type { MeasurePath, PreviewState } from '@trust-center/core/import/editPreview'
import { LineList } from './LineList'
import { type ImportPreview, where } from './types'
import type { ImportPreviewState } from './useImportPreview'

const small = { fontSize: '0.8em', opacity: 0.75 } as const

function MeasureItem({
  measure,
  at,
  path,
  first,
  actions,
}: {
  measure: Measure
  at?: { line: number; page?: number }
  path: MeasurePath
  first: boolean
  actions: ImportPreviewState['tom']
}) {
  return (
    <li data-line={at?.line}>
      <span style={small}>{where(at)}</span> {measure.text}
      {measure.detail ? ` — ${measure.detail}` : ''}
      {measure.prose && <em style={small}> (prose)</em>}{' '}
      <button
        type="button"
        onClick={() => actions.drop(path)}
        aria-label={`Drop “${measure.text}”`}
      >
        Drop
      </button>
      {!first && (
        <button
          type="button"
          onClick={() => actions.merge(path)}
          aria-label={`Merge “${measure.text}” into the item above`}
        >
          Merge with above
        </button>
      )}
    </li>
  )
}

/** The TOM structure the importer found, every item with its source line, editable before "Create draft". */
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
  return (
    <section aria-label="Preview">
      <p>
        <label>
          Title:{' '}
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
          Effective date (the document states{' '}
          {result.document.effectiveDate ?? 'none; today is used when empty'}):{' '}
          <input
            type="date"
            name="import-effective-date"
            value={hook.effectiveDate}
            onChange={(e) => hook.setEffectiveDate(e.target.value)}
          />
        </label>
      </p>
      <p>
        Read as {preview.format}. {result.report.counts.sections} sections,{' '}
        {result.report.counts.controls} controls, {result.report.counts.groups} groups,{' '}
        {result.report.counts.measures} measures. Lines:{' '}
        {Object.entries(result.report.lines)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}
        .
      </p>
      <ol>
        {document.sections.map((s, i) => (
          <li key={i}>
            <strong>{s.heading}</strong> <small>[{s.category}]</small>{' '}
            <span style={small}>{where(positions.sections[i]?.at)}</span>
            <ul>
              {s.controls.map((c, j) => {
                const at = positions.sections[i]?.controls[j]
                const count =
                  c.measures.length + c.groups.reduce((n, g) => n + g.measures.length, 0)
                return (
                  <li key={j}>
                    {c.implicit ? '(measures under the section)' : c.heading}{' '}
                    <small>[{c.category}]</small>{' '}
                    <span style={small}>{c.implicit ? '' : where(at?.at)}</span> — {count} measures{' '}
                    <button type="button" onClick={() => hook.tom.dropControl(i, j)}>
                      Drop control
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
      <LineList title="Unparsed — not imported" items={result.unparsed} />
      <LineList title="Warnings" items={result.warnings} />
      <LineList title="Skipped" items={result.skipped} open={false} />
      {preview.suggestions && (
        <details open>
          <summary>Suggestions (not applied)</summary>
          <ul>
            {preview.suggestions.companyName && (
              <li>company “{preview.suggestions.companyName}”</li>
            )}
            {preview.suggestions.emails.map((e) => (
              <li key={e.address}>
                {e.role} e-mail: {e.address}
              </li>
            ))}
            {preview.suggestions.contacts?.map((c) => (
              <li key={c.line}>
                {c.role} address (line {c.line}): {c.lines.join(', ')}
              </li>
            ))}
            {preview.suggestions.subprocessors.length > 0 && (
              <li>
                Subprocessors named:{' '}
                {preview.suggestions.subprocessors.map((s) => s.name).join(', ')}
              </li>
            )}
          </ul>
        </details>
      )}
    </section>
  )
}
