'use client'
import { ArrayField } from '@payloadcms/ui'
import type { ArrayFieldClientComponent } from 'payload'

/**
 * Payload's array field, rendering a row's fields only when the row is open and near the
 * viewport. The edit view forces every field of a document to render, and an array passes that
 * on to its rows, collapsed or not: a 60-measure TOM version became thousands of inputs rendered
 * and hydrated before the form could be used. As an array's own component Payload renders it
 * without that flag, so its rows fall back to Payload's render-when-visible behaviour. The form
 * state, saving and validation are Payload's, unchanged.
 */
export const LazyRowsArrayField: ArrayFieldClientComponent = (props) => (
  <ArrayField {...props} forceRender={false} />
)
