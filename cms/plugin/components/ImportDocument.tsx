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
  const { kind, preview, edited, busy, t } = hook
  if (!id) return <p>{t.saveFirst}</p>

  return (
    <fieldset
      className="trustcenter-import"
      style={{ margin: '2rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}
    >
      <legend>{t.legend}</legend>
      <p>
        <label>
          <input
            type="radio"
            name="import-kind"
            checked={kind === 'toms'}
            onChange={() => hook.setKind('toms')}
          />{' '}
          {t.kindToms}
        </label>{' '}
        <label>
          <input
            type="radio"
            name="import-kind"
            checked={kind === 'subprocessors'}
            onChange={() => hook.setKind('subprocessors')}
          />{' '}
          {t.kindSubprocessors}
        </label>
      </p>
      <p>
        <label>
          {t.file}:{' '}
          <input
            type="file"
            accept=".md,.markdown,.txt,.html,.htm,.docx,.pdf,.csv,.tsv"
            onChange={(e) => hook.setFile(e.target.files?.[0] ?? null)}
          />
        </label>
      </p>
      <p>
        <label>
          {t.paste}
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
        {t.preview}
      </Button>
      {preview?.result && edited && <TomPreview preview={preview} state={edited} hook={hook} />}
      {preview?.entries && <SubprocessorPreview preview={preview} hook={hook} />}
      {preview && (
        <Button disabled={busy} onClick={() => hook.send('create')} size="medium">
          {kind === 'toms' ? t.createToms : t.createSubprocessors}
        </Button>
      )}
      {hook.created && <p role="status">{hook.created}</p>}
      {hook.error && <p role="alert">{hook.error}</p>}
    </fieldset>
  )
}
