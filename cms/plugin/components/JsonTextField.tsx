'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useState } from 'react'

/**
 * A JSON field as a plain textarea. Payload's default JSON editor (Monaco) loads its code from a
 * CDN, so a self-hosted admin without internet could not edit it; small values like column
 * headings need no code editor anyway.
 */
export const JsonTextField: JSONFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue } = useField<unknown>({ path: path ?? field.name })
  const [text, setText] = useState(() => (value == null ? '' : JSON.stringify(value)))
  const [error, setError] = useState<string | null>(null)
  const id = `field-${(path ?? field.name).replace(/\./g, '__')}`
  return (
    <div className="field-type json" style={{ marginBottom: 16 }}>
      <FieldLabel htmlFor={id} label={field.label} path={path} />
      <textarea
        id={id}
        onChange={(e) => {
          setText(e.target.value)
          if (!e.target.value.trim()) {
            setError(null)
            return setValue(null)
          }
          try {
            setValue(JSON.parse(e.target.value))
            setError(null)
          } catch {
            setError('JSON?')
          }
        }}
        readOnly={readOnly}
        rows={2}
        style={{ width: '100%', fontFamily: 'monospace' }}
        value={text}
      />
      {error && <div role="alert">{error}</div>}
    </div>
  )
}
