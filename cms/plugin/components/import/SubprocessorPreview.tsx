'use client'
import { LineList } from './LineList'
import type { ImportPreview } from './types'
import type { ImportPreviewState } from './useImportPreview'

/** The entries read from a subprocessor list; incomplete ones flagged, any of them can be left out. */
export function SubprocessorPreview({
  preview,
  hook,
}: {
  preview: ImportPreview
  hook: ImportPreviewState
}) {
  const entries = preview.entries ?? []
  const { t } = hook
  return (
    <section aria-label={t.previewRegion}>
      <p>
        {t.entriesSummary(
          preview.format,
          entries.length,
          entries.filter((e) => e.incomplete?.length).length,
        )}
      </p>
      <table>
        <thead>
          <tr>
            {t.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr
              key={i}
              style={
                e.incomplete?.length
                  ? { background: 'var(--theme-warning-100, #fff4d6)' }
                  : undefined
              }
            >
              <td>
                <input
                  type="checkbox"
                  checked={!hook.entries.dropped.has(i)}
                  onChange={() => hook.entries.toggle(i)}
                  aria-label={t.importEntry(e.name)}
                />
              </td>
              <td>{e.line}</td>
              <td>
                {e.name}
                {e.legalEntity && e.legalEntity !== e.name ? (
                  <small> ({e.legalEntity})</small>
                ) : null}
              </td>
              <td>{e.purpose || '—'}</td>
              <td>{e.locations.join(', ') || '—'}</td>
              <td>{e.transferSafeguard}</td>
              <td>{e.url ?? ''}</td>
              <td>{e.incomplete?.map((m) => t.missing[m] ?? m).join(', ') ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LineList title={t.notRead} items={preview.unparsed} t={t} />
      <LineList title={t.warnings} items={preview.warnings} t={t} />
    </section>
  )
}
