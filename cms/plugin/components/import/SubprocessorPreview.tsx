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
  return (
    <section aria-label="Preview">
      <p>
        Read as {preview.format}: {entries.length} entries,{' '}
        {entries.filter((e) => e.incomplete?.length).length} incomplete. Untick an entry to leave it
        out.
      </p>
      <table>
        <thead>
          <tr>
            <th>Import</th>
            <th>Line</th>
            <th>Name</th>
            <th>Purpose</th>
            <th>Locations</th>
            <th>Safeguard</th>
            <th>Website</th>
            <th>Missing</th>
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
                  aria-label={`Import ${e.name}`}
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
              <td>{e.incomplete?.join(', ') ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LineList title="Not read" items={preview.unparsed} />
      <LineList title="Warnings" items={preview.warnings} />
    </section>
  )
}
