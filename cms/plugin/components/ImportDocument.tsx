'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Kind = 'toms' | 'subprocessors'
interface Line { line: number; message?: string; text?: string }
interface Preview {
  kind: Kind
  format?: string
  result?: {
    document: { title: string; effectiveDate: string | null; sections: { heading: string; category: string; controls: { heading: string; category: string; implicit?: boolean; measures: unknown[]; groups: { measures: unknown[] }[] }[] }[] }
    report: { counts: Record<string, number>; lines: Record<string, number> }
    warnings: Line[]
    skipped: Line[]
    unparsed: Line[]
  }
  suggestions?: { companyName?: string; emails: { address: string; role: string }[]; subprocessors: { name: string; line: number }[] }
  entries?: { name: string; purpose: string; locations: string[]; transferSafeguard: string; line: number }[]
  warnings?: Line[]
  unparsed?: Line[]
}

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * "Import document" on a company: upload (.md, .txt, .html, .docx; .csv for subprocessor lists)
 * or paste, see what the importer made of it — structure, warnings, unparsed lines, suggestions —
 * and only then create a draft. Nothing is written before "Create draft".
 */
export function ImportDocument({ companiesSlug }: { companiesSlug: string }) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [kind, setKind] = useState<Kind>('toms')
  const [file, setFile] = useState<File | null>(null)
  const [text, setText] = useState('')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [effectiveDate, setEffectiveDate] = useState('')
  if (!id) return <p>Save the company first; then documents can be imported into it.</p>

  const send = async (mode: 'preview' | 'create') => {
    setBusy(true)
    try {
      setError(null)
      const date = kind === 'toms' && effectiveDate ? { effectiveDate } : {}
      const payload = file ? { kind, mode, filename: file.name, base64: await toBase64(file), ...date } : { kind, mode, text, ...date }
      const response = await fetch(`${config.serverURL}${config.routes.api}/${companiesSlug}/${id}/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      })
      const body = (await response.json()) as Preview & { message?: string; id?: string | number; errors?: { message: string }[] }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? body.message ?? response.statusText)
      if (mode === 'preview') {
        setPreview(body)
        setCreated(null)
      } else {
        toast.success(body.message ?? 'Imported')
        setCreated(body.message ?? 'Imported')
        if (kind === 'toms' && body.id !== undefined) window.location.assign(`${config.routes.admin}/collections/tom-versions/${body.id}`)
      }
    } catch (failure) {
      toast.error((failure as Error).message)
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const lines = (title: string, items: Line[] | undefined) =>
    items && items.length > 0 ? (
      <details open={title !== 'Skipped'}>
        <summary>
          {title} ({items.length})
        </summary>
        <ul>
          {items.map((w, i) => (
            <li key={i}>
              line {w.line}: {w.text ? `“${w.text}” ` : ''}
              {w.message}
            </li>
          ))}
        </ul>
      </details>
    ) : null

  return (
    <fieldset className="trustcenter-import" style={{ margin: '2rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}>
      <legend>Import document</legend>
      <p>
        <label>
          <input type="radio" name="import-kind" checked={kind === 'toms'} onChange={() => setKind('toms')} /> TOM document (.md, .txt, .html, .docx)
        </label>{' '}
        <label>
          <input type="radio" name="import-kind" checked={kind === 'subprocessors'} onChange={() => setKind('subprocessors')} /> Subprocessor list (.csv, .md, .txt, .html)
        </label>
      </p>
      <p>
        <label>
          File: <input type="file" accept=".md,.markdown,.txt,.html,.htm,.docx,.csv,.tsv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
      </p>
      <p>
        <label>
          …or paste the text:
          <textarea rows={6} style={{ width: '100%' }} value={text} onChange={(e) => setText(e.target.value)} disabled={file !== null} />
        </label>
      </p>
      <Button buttonStyle="secondary" disabled={busy || (!file && !text.trim())} onClick={() => send('preview')} size="medium">
        Preview
      </Button>
      {preview?.result && (
        <section aria-label="Preview">
          <h4>
            {preview.result.document.title} — {preview.format}, effective {preview.result.document.effectiveDate ?? 'date not stated (today is used)'}
          </h4>
          <p>
            {preview.result.report.counts.sections} sections, {preview.result.report.counts.controls} controls, {preview.result.report.counts.groups} groups,{' '}
            {preview.result.report.counts.measures} measures. Lines: {Object.entries(preview.result.report.lines).map(([k, v]) => `${k} ${v}`).join(', ')}.
          </p>
          <ol>
            {preview.result.document.sections.map((s, i) => (
              <li key={i}>
                {s.heading} <small>[{s.category}]</small>
                <ul>
                  {s.controls.map((c, j) => (
                    <li key={j}>
                      {c.implicit ? '(measures under the section)' : c.heading} <small>[{c.category}]</small> — {c.measures.length + c.groups.reduce((n, g) => n + g.measures.length, 0)} measures
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {lines('Unparsed — not imported', preview.result.unparsed)}
          {lines('Warnings', preview.result.warnings)}
          {lines('Skipped', preview.result.skipped)}
          {preview.suggestions && (preview.suggestions.companyName || preview.suggestions.emails.length > 0 || preview.suggestions.subprocessors.length > 0) && (
            <p>
              Suggestions (not applied): {preview.suggestions.companyName ? `company “${preview.suggestions.companyName}”; ` : ''}
              {preview.suggestions.emails.map((e) => `${e.role} ${e.address}`).join(', ')}
              {preview.suggestions.subprocessors.length > 0 ? `; subprocessors named: ${preview.suggestions.subprocessors.map((s) => s.name).join(', ')}` : ''}
            </p>
          )}
        </section>
      )}
      {preview?.entries && (
        <section aria-label="Preview">
          <table>
            <thead>
              <tr><th>Line</th><th>Name</th><th>Purpose</th><th>Locations</th><th>Safeguard</th></tr>
            </thead>
            <tbody>
              {preview.entries.map((e, i) => (
                <tr key={i}><td>{e.line}</td><td>{e.name}</td><td>{e.purpose}</td><td>{e.locations.join(', ')}</td><td>{e.transferSafeguard}</td></tr>
              ))}
            </tbody>
          </table>
          {lines('Not read', preview.unparsed)}
          {lines('Warnings', preview.warnings)}
        </section>
      )}
      {preview?.result && (
        <p>
          <label>
            Effective date of the draft (empty: the date the document states, else today):{' '}
            <input type="date" name="import-effective-date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />
          </label>
        </p>
      )}
      {preview && (
        <Button disabled={busy} onClick={() => send('create')} size="medium">
          {kind === 'toms' ? 'Create draft TOM version' : 'Create draft subprocessors'}
        </Button>
      )}
      {created && <p role="status">{created}</p>}
      {error && <p role="alert">{error}</p>}
    </fieldset>
  )
}
