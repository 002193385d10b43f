'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { SubprocessorPreview } from './import/SubprocessorPreview'
import { TomPreview } from './import/TomPreview'
import { type ImportSlugs, useImportPreview } from './import/useImportPreview'

/**
 * "Import document" on a company: upload (.md, .txt, .html, .docx, .pdf; .csv for subprocessor
 * lists) or paste, see what the importer made of it — every item with its source line and page,
 * warnings, unparsed lines, suggestions — correct the title and effective date, drop or merge
 * items, and only then create a draft. Nothing is written before "Create draft".
 */
export function ImportDocument(slugs: ImportSlugs) {
  const { id } = useDocumentInfo()
  const hook = useImportPreview(id, slugs)
  if (!id) return <p>Save the company first; then documents can be imported into it.</p>
  const { kind, preview, edited, busy } = hook

  return (
    <fieldset
      className="trustcenter-import"
      style={{ margin: '2rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}
    >
      <legend>Import document</legend>
      <p>
        <label>
          <input
            type="radio"
            name="import-kind"
            checked={kind === 'toms'}
            onChange={() => hook.setKind('toms')}
          />{' '}
          TOM document (.md, .txt, .html, .docx, .pdf)
        </label>{' '}
        <label>
          <input
            type="radio"
            name="import-kind"
            checked={kind === 'subprocessors'}
            onChange={() => hook.setKind('subprocessors')}
          />{' '}
          Subprocessor list (.csv, .md, .txt, .html, .docx, .pdf)
        </label>
      </p>
      <p>
        <label>
          File:{' '}
          <input
            type="file"
            accept=".md,.markdown,.txt,.html,.htm,.docx,.pdf,.csv,.tsv"
            onChange={(e) => hook.setFile(e.target.files?.[0] ?? null)}
          />
        </label>
      </p>
      <p>
        <label>
          …or paste the text:
          <textarea
            rows={6}
            style={{ width: '100%' }}
            value={hook.text}
            onChange={(e) => hook.setText(e.target.value)}
            disabled={hook.file !== null}
          />
        </label>
      </p>
      <Button
        buttonStyle="secondary"
        disabled={busy || (!hook.file && !hook.text.trim())}
        onClick={() => hook.send('preview')}
        size="medium"
      >
        Preview
      </Button>
      {preview?.result && edited && <TomPreview preview={preview} state={edited} hook={hook} />}
      {preview?.entries && <SubprocessorPreview preview={preview} hook={hook} />}
      {preview && (
        <Button disabled={busy} onClick={() => hook.send('create')} size="medium">
          {kind === 'toms' ? 'Create draft TOM version' : 'Create draft subprocessors'}
        </Button>
      )}
      {hook.created && <p role="status">{hook.created}</p>}
      {hook.error && <p role="alert">{hook.error}</p>}
    </fieldset>
  )
}
